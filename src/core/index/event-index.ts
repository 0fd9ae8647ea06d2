// The event index: built once from the corpus, queried read-only (see supercluster / flatbush).
// Events are sorted by start day; hot fields live in flat typed arrays. A query walks, per
// duration class, only the events whose start can fall in the window (binary search), then tests
// the end day, topic bitmask, actor/outlet membership and folded text.
import { firstDay, lastDay, parsePartialDate } from '../dates';
import { slugify } from '../slug';
import type { Actor, NewsEvent, Place, Source } from '../types';
import { dateOrder } from './date-order';
import { searchText } from './search-text';

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
  /** Events sorted by start day, then end day, then input order. */
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
  /** Folded searchable text of event i; built on the first text search, not at start-up. */
  readonly textOf: (position: number) => string;
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

/** Interned number of key, adding it when new. */
function interned(map: Map<string, number>, names: string[], key: string): number {
  let n = map.get(key);
  if (n === undefined) {
    n = names.length;
    map.set(key, n);
    names.push(key);
  }
  return n;
}

/**
 * First and last day of each distinct partial date, parsed once: a corpus repeats its dates a lot.
 * One map lookup per string (keyed by the string itself, so nothing is allocated per event);
 * slot k holds firstDay/lastDay of the k-th distinct date, NaN when the date is not real.
 */
function dayCache(): {
  readonly slot: (date: string) => number;
  readonly first: number[];
  readonly last: number[];
} {
  const slots = new Map<string, number>();
  const first: number[] = [];
  const last: number[] = [];
  const slot = (date: string): number => {
    let k = slots.get(date);
    if (k === undefined) {
      const parsed = parsePartialDate(date);
      k = first.length;
      first.push(parsed ? firstDay(parsed) : Number.NaN);
      last.push(parsed ? lastDay(parsed) : Number.NaN);
      slots.set(date, k);
    }
    return k;
  };
  return { slot, first, last };
}

/** Outlet numbers: one per slugified outlet name, and the outlet of each source id. */
function numberOutlets(sources: ReadonlyMap<string, Source>) {
  const outletNumber = new Map<string, number>();
  const outletIds: string[] = [];
  const outletNames: string[] = [];
  const sourceOutlet = new Map<string, number>();
  for (const source of sources.values()) {
    const id = slugify(source.outlet);
    sourceOutlet.set(source.id, interned(outletNumber, outletIds, id));
    if (outletNames.length < outletIds.length) outletNames.push(source.outlet);
  }
  return { outletIds, outletNames, sourceOutlet };
}

/** Duration class of a span in days: the first whose bound holds it; -1 (no bucket) when negative. */
function durationClass(span: number): number {
  if (span < 0) return -1;
  let c = 0;
  while (span > (DURATION_CLASSES[c] as number)) c++;
  return c;
}

/** Positions of each duration class, in one counting pass and one filling pass. */
function durationBuckets(start: Int32Array, end: Int32Array): DurationBucket[] {
  const n = start.length;
  const sizes = [0, 0, 0, 0];
  const maxSpan = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const span = (end[i] as number) - (start[i] as number);
    const c = durationClass(span);
    if (c < 0) continue;
    sizes[c] = (sizes[c] as number) + 1;
    if (span > (maxSpan[c] as number)) maxSpan[c] = span;
  }
  const buckets = sizes.map((size, c) => ({
    positions: new Int32Array(size),
    starts: new Int32Array(size),
    maxSpan: maxSpan[c] as number,
  }));
  const filled = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const c = durationClass((end[i] as number) - (start[i] as number));
    if (c < 0) continue;
    const bucket = buckets[c] as DurationBucket;
    const k = filled[c] as number;
    bucket.positions[k] = i;
    bucket.starts[k] = start[i] as number;
    filled[c] = k + 1;
  }
  return buckets;
}

export function buildEventIndex(input: readonly NewsEvent[], ctx: IndexContext): EventIndex {
  const n = input.length;
  const topicIds = ctx.topics.map((t) => t.id);
  const topicNumber = new Map(topicIds.map((id, i) => [id, i]));
  const topicWords = Math.max(1, Math.ceil(topicIds.length / 32));
  const actorNumber = new Map<string, number>();
  const actorIds: string[] = [];
  const { outletIds, outletNames, sourceOutlet } = numberOutlets(ctx.sources);

  // Pass 1, in input order (memory order: visiting 1M event objects in date order is ~10× slower,
  // from cache misses). Temporaries are plain arrays of small integers, not typed arrays: typed
  // arrays are external memory, and 64 MB of it since the last full GC makes V8 mark-compact the
  // whole heap (the corpus itself: ~1 s at 1M events).
  const days = dayCache();
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const rawMask: number[] = []; // topicWords int32 words per event
  const rawActorOffset: number[] = [];
  const rawActors: number[] = [];
  const rawOutletOffset: number[] = [];
  const rawOutlets: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = input[i] as NewsEvent;
    const time = e.time;
    const s = days.slot(time.start);
    const first = days.first[s] as number;
    const last = days.last[time.end === undefined ? s : days.slot(time.end)] as number;
    // An unreal date (NaN) files the event at day 0, as eventInterval returning null did.
    const real = !Number.isNaN(first) && !Number.isNaN(last);
    rawStart.push(real ? first : 0);
    rawEnd.push(real ? last : 0);
    for (let w = 0; w < topicWords; w++) rawMask.push(0);
    for (const t of e.topics) {
      const bit = topicNumber.get(t);
      if (bit === undefined) continue;
      const word = i * topicWords + (bit >>> 5);
      rawMask[word] = (rawMask[word] as number) | (1 << (bit & 31));
    }
    rawActorOffset.push(rawActors.length);
    for (const a of e.actors) rawActors.push(interned(actorNumber, actorIds, a));
    const firstOutlet = rawOutlets.length;
    rawOutletOffset.push(firstOutlet);
    for (const id of e.sources) {
      const o = sourceOutlet.get(id);
      if (o === undefined || rawOutlets.indexOf(o, firstOutlet) >= 0) continue;
      rawOutlets.push(o);
    }
  }
  rawActorOffset.push(rawActors.length);
  rawOutletOffset.push(rawOutlets.length);

  // Pass 2: gather everything into date order; these typed arrays are the index itself.
  const order = dateOrder(rawStart, rawEnd);
  const events: NewsEvent[] = [];
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const topicMask = new Uint32Array(n * topicWords);
  const actorOffset = new Int32Array(n + 1);
  const actorList = new Int32Array(rawActors.length);
  const outletOffset = new Int32Array(n + 1);
  const outletList = new Int32Array(rawOutlets.length);
  let actorAt = 0;
  let outletAt = 0;
  for (let i = 0; i < n; i++) {
    const from = order[i] as number;
    events.push(input[from] as NewsEvent);
    start[i] = rawStart[from] as number;
    end[i] = rawEnd[from] as number;
    for (let w = 0; w < topicWords; w++)
      topicMask[i * topicWords + w] = rawMask[from * topicWords + w] as number;
    actorOffset[i] = actorAt;
    for (let k = rawActorOffset[from] as number, to = rawActorOffset[from + 1] as number; k < to; k++)
      actorList[actorAt++] = rawActors[k] as number;
    outletOffset[i] = outletAt;
    for (let k = rawOutletOffset[from] as number, to = rawOutletOffset[from + 1] as number; k < to; k++)
      outletList[outletAt++] = rawOutlets[k] as number;
  }
  actorOffset[n] = actorAt;
  outletOffset[n] = outletAt;

  const buckets = durationBuckets(start, end);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minDay = Math.min(minDay, start[i] as number);
    maxDay = Math.max(maxDay, end[i] as number);
  }
  let text: string[] | null = null;
  const textOf = (position: number): string => {
    if (text === null) {
      const names = new Map<string, string>();
      text = events.map((e) => searchText(e, ctx, names));
    }
    return text[position] ?? '';
  };
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
    actorList,
    outletOffset,
    outletList,
    textOf,
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
