// The number (position in index.topicIds) of each event's first or second topic, by position.
// The index is immutable, so each list is computed once per index and shared by whoever needs it:
// the timeline stacks its bars by the first topic, the map colours and rings by the first two.
import type { EventIndex } from './event-index';

const cache = new WeakMap<EventIndex, [Int16Array | undefined, Int16Array | undefined]>();

/** Topic number of each position's topic `n` (0 = first, 1 = second); -1 when it has none the index knows. */
export function topicNumbers(index: EventIndex, n: 0 | 1): Int16Array {
  let lists = cache.get(index);
  if (!lists) {
    lists = [undefined, undefined];
    cache.set(index, lists);
  }
  const cached = lists[n];
  if (cached) return cached;
  const number = new Map(index.topicIds.map((id, t) => [id, t]));
  const list = new Int16Array(index.events.length);
  index.events.forEach((e, p) => {
    list[p] = number.get(e.topics[n] ?? '') ?? -1;
  });
  lists[n] = list;
  return list;
}
