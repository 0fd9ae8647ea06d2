// Visible events per boundary (country, region, exclave), with the dominant first topic.
import { dominantTopic, positionsListing } from './points';
import type { AggregationPrep } from './prepare';
import type { TopicRanks } from './visible-topics';

export interface AreaSummary {
  /** Area number in prep.areaIds. */
  readonly area: number;
  /** Boundary id, e.g. "POL" or "RUS-KGD". */
  readonly boundary: string;
  readonly name: string;
  readonly count: number;
  /** Topic number of the most frequent first topic; -1 when no event has a topic. */
  readonly topic: number;
}

export interface AreaAggregate {
  /** Visible events per area number. */
  readonly count: Int32Array;
  /** count by first topic: firstTopic[area * topics + t]. */
  readonly firstTopic: Int32Array;
  /** Areas with count > 0, by boundary id. */
  readonly byBoundary: ReadonlyMap<string, AreaSummary>;
  /** Largest count of any area (for opacity scaling); 0 when none. */
  readonly maxCount: number;
}

/** `ranks`: which topics colour each event (visibleTopicRanks); the prepared first topics by default. */
export function aggregateAreas(
  prep: AggregationPrep,
  positions: Int32Array,
  ranks: Pick<TopicRanks, 'firstTopic'> = prep,
): AreaAggregate {
  const areas = prep.areaIds.length;
  const topics = prep.topicIds.length;
  // One extra column per row for "no topic", so the loop has no branches.
  const stride = topics + 1;
  const count = new Int32Array(areas);
  const table = new Int32Array(areas * stride);
  const { areaOffset, areaList } = prep;
  const topic1 = ranks.firstTopic;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    const t1 = topic1[i] as number;
    const c1 = t1 < 0 ? topics : t1;
    const to = areaOffset[i + 1] as number;
    for (let j = areaOffset[i] as number; j < to; j++) {
      const a = areaList[j] as number;
      count[a] = (count[a] as number) + 1;
      table[a * stride + c1] = (table[a * stride + c1] as number) + 1;
    }
  }
  const firstTopic = new Int32Array(areas * topics);
  for (let a = 0; a < areas; a++)
    for (let t = 0; count[a] && t < topics; t++) firstTopic[a * topics + t] = table[a * stride + t] as number;
  const byBoundary = new Map<string, AreaSummary>();
  let maxCount = 0;
  for (let a = 0; a < areas; a++) {
    const c = count[a] as number;
    if (!c) continue;
    maxCount = Math.max(maxCount, c);
    const boundary = prep.areaIds[a] as string;
    byBoundary.set(boundary, {
      area: a,
      boundary,
      name: prep.areaNames[a] ?? boundary,
      count: c,
      topic: dominantTopic(firstTopic, a, topics),
    });
  }
  return { count, firstTopic, byBoundary, maxCount };
}

/** Visible positions in one area, in date order. */
export function positionsInArea(prep: AggregationPrep, positions: Int32Array, area: number): number[] {
  return positionsListing(prep.areaOffset, prep.areaList, positions, area);
}
