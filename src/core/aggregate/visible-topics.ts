// Which topic colours an event on the map: its first topic among those shown. With only topic B
// ticked, an event with topics [A, B] is drawn in B's colour, not in A's, which the reader hid.
import type { NewsEvent } from '../types';
import type { AggregationPrep } from './prepare';

/** Per position: topic number of its first and second shown topic; -1 when it has none. */
export interface TopicRanks {
  readonly firstTopic: Int16Array;
  readonly secondTopic: Int16Array;
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
  const wanted = new Set(shown);
  const number = new Map<string, number>();
  prep.topicIds.forEach((id, n) => {
    if (wanted.has(id)) number.set(id, n);
  });
  const firstTopic = new Int16Array(events.length).fill(-1);
  const secondTopic = new Int16Array(events.length).fill(-1);
  for (let i = 0; i < events.length; i++) {
    let found = 0;
    for (const t of events[i]?.topics ?? []) {
      const n = number.get(t);
      if (n === undefined) continue;
      if (found++ === 0) firstTopic[i] = n;
      else {
        secondTopic[i] = n;
        break;
      }
    }
  }
  return { firstTopic, secondTopic };
}
