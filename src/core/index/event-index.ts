// The event index: built once from the corpus, queried read-only (see supercluster / flatbush).
// Events are sorted by start day; hot fields live in flat typed arrays. A query walks, per
// duration class, only the events whose start can fall in the window (binary search), then tests
// the end day, topic bitmask, actor/outlet membership and folded text.
import { eventInterval } from '../dates';
import { foldText, slugify } from '../slug';
import type { Actor, NewsEvent, Place, Source } from '../types';

/** Upper bounds (days) of the duration classes; each class is searched with its own widest span. */
const DURATION_CLASSES = [1, 31, 366, Number.POSITIVE_INFINITY] as const;

interface DurationBucket {
  /** Positions into the index, ascending (so ascending start day). */
  readonly positions: Int32Array;
  /** Start day of each position above, for binary search. */
  readonly starts: Int32Array;
  /** Longest event in the bucket, in days (end − start). */
  readonly maxSpan: number;
}

export interface EventIndex {
  /** Events sorted by start day, then end day, then id. */
  readonly events: readonly NewsEvent[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly topicIds: readonly string[];
  readonly topicWords: number;
  /** topicWords bits per event: bit t set when the event has topic topicIds[t]. */
  readonly topicMask: Uint32Array;
  readonly actorIds: readonly string[];
  readonly outletIds: readonly string[];
  readonly outletNames: readonly string[];
  /** CSR lists: the actors of event i are actorList[actorOffset[i] .. actorOffset[i+1]). */
  readonly actorOffset: Int32Array;
  readonly actorList: Int32Array;
  readonly outletOffset: Int32Array;
  readonly outletList: Int32Array;
  /** Folded searchable text of each event. */
  readonly text: readonly string[];
  readonly buckets: readonly DurationBucket[];
  readonly minDay: number;
  readonly maxDay: number;
}

export interface IndexContext {
  readonly topics: readonly { readonly id: string }[];
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly places: ReadonlyMap<string, Place>;
}

function searchText(e: NewsEvent, ctx: IndexContext): string {
  const parts = [e.title, e.summary];
  for (const id of e.actors) parts.push(ctx.actors.get(id)?.name ?? '');
  for (const p of e.places) {
    const place = ctx.places.get(p.place);
    if (place) parts.push(place.name, ...place.aliases);
  }
  for (const q of e.quotes) parts.push(q.text, ctx.actors.get(q.speaker)?.name ?? '');
  return foldText(parts.join('\n'));
}

function interned(map: Map<string, number>, names: string[], key: string): number {
  let n = map.get(key);
  if (n === undefined) {
    n = names.length;
    map.set(key, n);
    names.push(key);
  }
  return n;
}

export function buildEventIndex(input: readonly NewsEvent[], ctx: IndexContext): EventIndex {
  const n = input.length;
  const rawStart = new Int32Array(n);
  const rawEnd = new Int32Array(n);
  input.forEach((e, i) => {
    const interval = eventInterval(e.time);
    rawStart[i] = interval?.start ?? 0;
    rawEnd[i] = interval?.end ?? 0;
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      (rawStart[a] ?? 0) - (rawStart[b] ?? 0) ||
      (rawEnd[a] ?? 0) - (rawEnd[b] ?? 0) ||
      ((input[a]?.id ?? '') < (input[b]?.id ?? '') ? -1 : 1),
  );

  const topicIds = ctx.topics.map((t) => t.id);
  const topicNumber = new Map(topicIds.map((id, i) => [id, i]));
  const topicWords = Math.max(1, Math.ceil(topicIds.length / 32));
  const topicMask = new Uint32Array(n * topicWords);
  const actorNumber = new Map<string, number>();
  const actorIds: string[] = [];
  const outletNumber = new Map<string, number>();
  const outletIds: string[] = [];
  const outletNames: string[] = [];
  const actorOffset = new Int32Array(n + 1);
  const outletOffset = new Int32Array(n + 1);
  const actorList: number[] = [];
  const outletList: number[] = [];
  const events: NewsEvent[] = new Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const text: string[] = new Array(n);

  order.forEach((from, i) => {
    const e = input[from] as NewsEvent;
    events[i] = e;
    start[i] = rawStart[from] ?? 0;
    end[i] = rawEnd[from] ?? 0;
    for (const t of e.topics) {
      const bit = topicNumber.get(t);
      if (bit !== undefined)
        topicMask[i * topicWords + (bit >>> 5)] =
          (topicMask[i * topicWords + (bit >>> 5)] ?? 0) | (1 << (bit & 31));
    }
    actorOffset[i] = actorList.length;
    for (const a of e.actors) actorList.push(interned(actorNumber, actorIds, a));
    outletOffset[i] = outletList.length;
    const seen = new Set<number>();
    for (const s of e.sources) {
      const outlet = ctx.sources.get(s)?.outlet;
      if (outlet === undefined) continue;
      const before = outletIds.length;
      const o = interned(outletNumber, outletIds, slugify(outlet));
      if (outletIds.length > before) outletNames.push(outlet);
      if (!seen.has(o)) outletList.push(o);
      seen.add(o);
    }
    text[i] = searchText(e, ctx);
  });
  actorOffset[n] = actorList.length;
  outletOffset[n] = outletList.length;

  const buckets = DURATION_CLASSES.map((limit, c) => {
    const lower = c === 0 ? -1 : (DURATION_CLASSES[c - 1] ?? 0);
    const positions: number[] = [];
    let maxSpan = 0;
    for (let i = 0; i < n; i++) {
      const span = (end[i] ?? 0) - (start[i] ?? 0);
      if (span > lower && span <= limit) {
        positions.push(i);
        if (span > maxSpan) maxSpan = span;
      }
    }
    const pos = Int32Array.from(positions);
    return { positions: pos, starts: pos.map((p) => start[p] ?? 0), maxSpan };
  });

  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minDay = Math.min(minDay, start[i] ?? 0);
    maxDay = Math.max(maxDay, end[i] ?? 0);
  }
  return Object.freeze({
    events: Object.freeze(events),
    start,
    end,
    topicIds,
    topicWords,
    topicMask,
    actorIds,
    outletIds,
    outletNames,
    actorOffset,
    actorList: Int32Array.from(actorList),
    outletOffset,
    outletList: Int32Array.from(outletList),
    text,
    buckets,
    minDay: n ? minDay : 0,
    maxDay: n ? maxDay : 0,
  });
}

/** First k in [0, arr.length] with arr[k] >= value (arr ascending). */
export function lowerBound(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls visit(position) for each event whose widened interval overlaps [from, to] (inclusive days),
 * bucket by bucket; positions within a bucket come in ascending order.
 */
export function forEachInWindow(
  index: EventIndex,
  from: number,
  to: number,
  visit: (position: number) => void,
): void {
  for (const bucket of index.buckets) {
    const lo = lowerBound(bucket.starts, from - bucket.maxSpan);
    const hi = lowerBound(bucket.starts, to + 1);
    for (let k = lo; k < hi; k++) {
      const p = bucket.positions[k] ?? 0;
      if ((index.end[p] ?? 0) >= from) visit(p);
    }
  }
}
