// Which topic colours an event on the map: its first topic among those shown. With only topic B
// ticked, an event with topics [A, B] is drawn in B's colour, not in A's, which the reader hid.
import type { NewsEvent } from '../types';
import type { AggregationPrep } from './prepare';

/** Per position: topic number of its first and second shown topic; -1 when it has none. */
export interface TopicRanks {
  readonly firstTopic: Int16Array;
  readonly secondTopic: Int16Array;
}

/** Each position's topic numbers in the event's own order (CSR: list[offset[i] .. offset[i + 1])). */
export interface TopicOrder {
  readonly offset: Int32Array;
  readonly list: Int16Array;
}

/** The topic numbers of every event, read once, so that ranks for any choice of topics are one pass. */
export function topicOrder(
  prep: Pick<AggregationPrep, 'topicIds'>,
  events: readonly NewsEvent[],
): TopicOrder {
  const number = new Map(prep.topicIds.map((id, n) => [id, n]));
  const offset = new Int32Array(events.length + 1);
  const list: number[] = [];
  for (let i = 0; i < events.length; i++) {
    offset[i] = list.length;
    for (const t of events[i]?.topics ?? []) {
      const n = number.get(t);
      if (n !== undefined) list.push(n);
    }
  }
  offset[events.length] = list.length;
  return { offset, list: Int16Array.from(list) };
}

/** The first and second of each position's topics that are among `shown` (topic ids). */
export function topicRanksFrom(
  order: TopicOrder,
  topicIds: readonly string[],
  shown: readonly string[],
): TopicRanks {
  const wanted = new Set(shown);
  const isShown = Uint8Array.from(topicIds, (id) => (wanted.has(id) ? 1 : 0));
  const n = order.offset.length - 1;
  const firstTopic = new Int16Array(n).fill(-1);
  const secondTopic = new Int16Array(n).fill(-1);
  const { offset, list } = order;
  for (let i = 0; i < n; i++) {
    let found = 0;
    for (let k = offset[i] as number, to = offset[i + 1] as number; k < to; k++) {
      const t = list[k] as number;
      if (!isShown[t]) continue;
      if (found++ === 0) firstTopic[i] = t;
      else {
        secondTopic[i] = t;
        break;
      }
    }
  }
  return { firstTopic, secondTopic };
}

/**
 * The first and second topic of each event among `shown` (null: every topic, the prepared ranks as
 * they are). One pass over the events' topic lists when the topic filter changes.
 */
export function visibleTopicRanks(
  prep: AggregationPrep,
  events: readonly NewsEvent[],
  shown: readonly string[] | null,
): TopicRanks {
  if (shown === null) return prep;
  return topicRanksFrom(topicOrder(prep, events), prep.topicIds, shown);
}
