// Event counts per calendar bin, stacked by topic. An event is spread over the days its widened
// interval covers, so "August 2008" adds 1/31 to each day of August rather than 1 to 1 August.
import type { EventIndex } from '../index/event-index';
import { topicNumbers } from '../index/topic-numbers';
import { type BinUnit, binEdges, binIndex } from './bins';

export interface Histogram {
  /** Bin start days, then the day after the last bin (see binEdges). */
  readonly edges: Int32Array;
  readonly unit: BinUnit;
  /** Number of topics, the row width of `counts` (index.topicIds order). */
  readonly topics: number;
  /** counts[bin * topics + t]: share of events whose FIRST topic is topicIds[t]. */
  readonly counts: Float64Array;
  /** Events per bin (fractional where an event spreads over several bins). */
  readonly totals: Float64Array;
  /** The part of totals that comes from month, year or approximate dates. */
  readonly imprecise: Float64Array;
}

interface EventFacts {
  /** Topic number of each position's first topic; −1 when it has none the index knows. */
  readonly firstTopic: Int16Array;
  /** 1 when the position's date is not known to the day. */
  readonly imprecise: Uint8Array;
}

// The index is immutable, so its per-event facts are computed once and kept with it.
const factsCache = new WeakMap<EventIndex, EventFacts>();

function eventFacts(index: EventIndex): EventFacts {
  const cached = factsCache.get(index);
  if (cached) return cached;
  const imprecise = Uint8Array.from(index.events, (e) => (e.time.precision === 'day' ? 0 : 1));
  const facts = { firstTopic: topicNumbers(index, 0), imprecise };
  factsCache.set(index, facts);
  return facts;
}

/**
 * Histogram of `positions` over [fromDay, toDay] widened to whole bins of `unit`. One pass over the
 * positions; each event costs a binary search plus one step per bin it covers.
 */
export function buildHistogram(
  index: EventIndex,
  positions: Int32Array,
  fromDay: number,
  toDay: number,
  unit: BinUnit,
): Histogram {
  const edges = binEdges(fromDay, toDay, unit);
  const bins = edges.length - 1;
  const topics = index.topicIds.length;
  const counts = new Float64Array(bins * topics);
  const totals = new Float64Array(bins);
  const imprecise = new Float64Array(bins);
  const facts = eventFacts(index);
  const first = edges[0] ?? 0;
  const last = (edges[bins] ?? 0) - 1; // last day covered, inclusive

  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] ?? 0;
    const start = index.start[p] ?? 0;
    const end = index.end[p] ?? 0;
    if (end < first || start > last) continue;
    const perDay = 1 / (end - start + 1);
    const from = Math.max(start, first);
    const to = Math.min(end, last);
    const topic = facts.firstTopic[p] ?? -1;
    const isImprecise = facts.imprecise[p] === 1;
    for (let k = binIndex(edges, from); k < bins; k++) {
      const binFrom = edges[k] ?? 0;
      if (binFrom > to) break;
      const binTo = (edges[k + 1] ?? 0) - 1;
      const share = perDay * (Math.min(binTo, to) - Math.max(binFrom, from) + 1);
      totals[k] = (totals[k] ?? 0) + share;
      if (topic >= 0) counts[k * topics + topic] = (counts[k * topics + topic] ?? 0) + share;
      if (isImprecise) imprecise[k] = (imprecise[k] ?? 0) + share;
    }
  }
  return { edges, unit, topics, counts, totals, imprecise };
}
