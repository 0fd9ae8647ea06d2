// The event index: built once from the corpus, queried read-only (see supercluster / flatbush).
// Events are sorted by start day; hot fields live in flat typed arrays, each as narrow as its
// values allow. A query walks only the events whose start can fall in the window (binary search;
// the reach depends on the duration class), then tests the end day, topic bitmask, actor/outlet
// membership and folded text.

import { firstDay, lastDay, parsePartialDate } from '../dates';
import { isLazyList } from '../event-texts';
import { slugify } from '../slug';
import type { Actor, NewsEvent, Place, Source } from '../types';
import { dateOrder, zeros } from './date-order';
import { searchText } from './search-text';

/** Upper bounds (days) of the duration classes; each class is searched with its own widest span. */
const DURATION_CLASSES = [1, 31, 366, Number.POSITIVE_INFINITY] as const;

/**
 * One duration class. The largest class has no position list: a query walks the main start/end
 * arrays from that class's widest reach, which covers every event starting there. Every other class
 * lists its positions (to find its events starting earlier still), binary-searched through
 * start[positions[k]].
 */
interface DurationBucket {
  /** Positions into the index, ascending (so ascending start day); null = the main arrays. */
  readonly positions: Int32Array | null;
  /** Longest event in the bucket, in days (end − start). */
  readonly longest: number;
}

/** Element types sized to the value range: numbers below 2^8, 2^16, else 32-bit. */
export type SmallUints = Uint8Array | Uint16Array | Int32Array;

export interface EventIndex {
  /** Events sorted by start day, then end day, then input order. */
  readonly events: readonly NewsEvent[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly topicIds: readonly string[];
  readonly topicWords: number;
  /**
   * topicWords words per event: bit t (word t >>> 5, bit t & 31) set when the event has topic
   * topicIds[t]. One byte per event up to 8 topics, 16 bits up to 16, else 32-bit words.
   */
  readonly topicMask: Uint8Array | Uint16Array | Uint32Array;
  readonly actorIds: readonly string[];
  readonly outletIds: readonly string[];
  readonly outletNames: readonly string[];
  /** Number of actors (outlets) of each event; the lists below hold them event after event. */
  readonly actorCount: SmallUints;
  readonly outletCount: SmallUints;
  /**
   * CSR lists: the actors of event i are actorList[o[i] .. o[i+1]), o = actorOffsets(). The offsets
   * are built from the counts on first use (4 bytes per event, needed only by actor/outlet filters;
   * a function, not a getter: an accessor would make the index a slow-property object).
   */
  readonly actorOffsets: () => Int32Array;
  readonly actorList: SmallUints;
  readonly outletOffsets: () => Int32Array;
  readonly outletList: SmallUints;
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

/** Whether list[from .. to) holds value. */
function hasBetween(list: readonly number[], from: number, to: number, value: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === value) return true;
  return false;
}

/** Outlet numbers: one per slugified outlet name, and the outlet of each source id. */
function numberOutlets(sources: ReadonlyMap<string, Source>) {
  const outletNumber = new Map<string, number>();
  const outletIds: string[] = [];
  const outletNames: string[] = [];
  const sourceOutlet = new Map<string, number>();
  // An import has a source per outlet per row (200k for 100k rows) and a few dozen outlets: each
  // outlet's name is slugified once.
  const numberOfName = new Map<string, number>();
  for (const source of sources.values()) {
    let n = numberOfName.get(source.outlet);
    if (n === undefined) {
      n = interned(outletNumber, outletIds, slugify(source.outlet));
      numberOfName.set(source.outlet, n);
      if (outletNames.length < outletIds.length) outletNames.push(source.outlet);
    }
    sourceOutlet.set(source.id, n);
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

/** Duration buckets: a counting pass, then positions for every class but the largest. */
function durationBuckets(start: Int32Array, end: Int32Array): DurationBucket[] {
  const n = start.length;
  const classes = DURATION_CLASSES.length;
  const sizes = new Array<number>(classes).fill(0);
  const longest = new Array<number>(classes).fill(0);
  for (let i = 0; i < n; i++) {
    const span = (end[i] as number) - (start[i] as number);
    const c = durationClass(span);
    if (c < 0) continue;
    sizes[c] = (sizes[c] as number) + 1;
    if (span > (longest[c] as number)) longest[c] = span;
  }
  let main = 0;
  for (let c = 1; c < classes; c++) if ((sizes[c] as number) > (sizes[main] as number)) main = c;
  const lists = sizes.map((size, c) => (c === main || size === 0 ? null : new Int32Array(size)));
  const filled = new Array<number>(classes).fill(0);
  if (lists.some((list) => list !== null)) {
    for (let i = 0; i < n; i++) {
      const c = durationClass((end[i] as number) - (start[i] as number));
      const list = c < 0 ? null : lists[c];
      if (!list) continue;
      const k = filled[c] as number;
      list[k] = i;
      filled[c] = k + 1;
    }
  }
  const buckets: DurationBucket[] = [];
  for (let c = 0; c < classes; c++) {
    if (sizes[c] === 0) continue;
    buckets.push({
      positions: lists[c] ?? null,
      longest: longest[c] as number,
    });
  }
  return buckets;
}

/** An array for values in [0, max]: 8, 16 or 32 bits per element. */
function smallUints(length: number, max: number): SmallUints {
  if (max <= 0xff) return new Uint8Array(length);
  if (max <= 0xffff) return new Uint16Array(length);
  return new Int32Array(length);
}

/** Offsets of a CSR list from its per-event counts: offsets[i] = counts[0] + … + counts[i − 1]. */
function offsetsOf(counts: SmallUints): Int32Array {
  const n = counts.length;
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    at += counts[i] as number;
  }
  offsets[n] = at;
  return offsets;
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
  // whole heap (the corpus itself: ~1 s at 1M events). They are allocated at (about) their final
  // size, since dead copies left by growing fill old space and bring on that same full GC.
  // Each event's fields go into one record, contiguous in `records`, so that the gather into date
  // order below (random access) reads one or two cache lines per event, not one per field array:
  // start, end, topicWords mask words, actor count, actors, outlet count, outlets.
  const days = dayCache();
  const rawStart = zeros(n);
  const rawEnd = zeros(n);
  const recordAt = zeros(n);
  // Sized for a typical record (fixed fields plus three actors or outlets) so that it rarely grows:
  // written through a cursor, past its end it grows as push would.
  const records = zeros(n * (7 + topicWords));
  let at = 0;
  let actorTotal = 0;
  let outletTotal = 0;
  let maxActors = 0;
  let maxOutlets = 0;
  for (let i = 0; i < n; i++) {
    const e = input[i] as NewsEvent;
    const time = e.time;
    const s = days.slot(time.start);
    const first = days.first[s] as number;
    const last = days.last[time.end === undefined ? s : days.slot(time.end)] as number;
    // An unreal date (NaN) files the event at day 0, as eventInterval returning null did.
    const real = !Number.isNaN(first) && !Number.isNaN(last);
    const startDay = real ? first : 0;
    const endDay = real ? last : 0;
    rawStart[i] = startDay;
    rawEnd[i] = endDay;
    recordAt[i] = at;
    records[at++] = startDay;
    records[at++] = endDay;
    const maskAt = at;
    for (let w = 0; w < topicWords; w++) records[at++] = 0;
    for (const t of e.topics) {
      const bit = topicNumber.get(t);
      if (bit === undefined) continue;
      const word = maskAt + (bit >>> 5);
      records[word] = (records[word] as number) | (1 << (bit & 31));
    }
    const actors = e.actors;
    records[at++] = actors.length;
    for (const a of actors) records[at++] = interned(actorNumber, actorIds, a);
    actorTotal += actors.length;
    maxActors = Math.max(maxActors, actors.length);
    const countAt = at++;
    for (const id of e.sources) {
      const o = sourceOutlet.get(id);
      if (o === undefined || hasBetween(records, countAt + 1, at, o)) continue;
      records[at++] = o;
    }
    const outlets = at - countAt - 1;
    records[countAt] = outlets;
    outletTotal += outlets;
    maxOutlets = Math.max(maxOutlets, outlets);
  }

  // Pass 2: gather everything into date order; these typed arrays are the index itself, each as
  // narrow as its values allow (they are external memory too: see above).
  const order = dateOrder(rawStart, rawEnd);
  const events = new Array<NewsEvent>(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const topicMask =
    topicIds.length <= 8
      ? new Uint8Array(n)
      : topicIds.length <= 16
        ? new Uint16Array(n)
        : new Uint32Array(n * topicWords);
  const actorCount = smallUints(n, maxActors);
  const actorList = smallUints(actorTotal, actorIds.length - 1);
  const outletCount = smallUints(n, maxOutlets);
  const outletList = smallUints(outletTotal, outletIds.length - 1);
  let actorAt = 0;
  let outletAt = 0;
  for (let i = 0; i < n; i++) {
    const from = order[i] as number;
    events[i] = input[from] as NewsEvent;
    let q = recordAt[from] as number;
    start[i] = records[q++] as number;
    end[i] = records[q++] as number;
    if (topicWords === 1) topicMask[i] = records[q++] as number;
    else for (let w = 0; w < topicWords; w++) topicMask[i * topicWords + w] = records[q++] as number;
    const actors = records[q++] as number;
    actorCount[i] = actors;
    for (let k = 0; k < actors; k++) actorList[actorAt++] = records[q++] as number;
    const outlets = records[q++] as number;
    outletCount[i] = outlets;
    for (let k = 0; k < outlets; k++) outletList[outletAt++] = records[q++] as number;
  }

  const buckets = durationBuckets(start, end);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minDay = Math.min(minDay, start[i] as number);
    maxDay = Math.max(maxDay, end[i] as number);
  }
  return assembleEventIndex(
    {
      start,
      end,
      topicIds,
      topicWords,
      topicMask,
      actorIds,
      outletIds,
      outletNames,
      actorCount,
      outletCount,
      actorList,
      outletList,
      buckets,
      minDay: n ? minDay : 0,
      maxDay: n ? maxDay : 0,
    },
    events,
    ctx,
  );
}

/** The index as plain data: typed arrays and strings, no events and no functions, so a worker can post it. */
export type EventIndexParts = Omit<EventIndex, 'events' | 'actorOffsets' | 'outletOffsets' | 'textOf'>;

/** An index from its parts and its events in index order (built here, or in a worker and posted over). */
export function assembleEventIndex(
  parts: EventIndexParts,
  events: readonly NewsEvent[],
  ctx: IndexContext,
): EventIndex {
  let text: string[] | null = null;
  const textOf = (position: number): string => {
    if (text === null) {
      const names = new Map<string, string>();
      text = events.map((e) => searchText(e, ctx, names));
    }
    return text[position] ?? '';
  };
  let actorOffset: Int32Array | null = null;
  let outletOffset: Int32Array | null = null;
  const { actorCount, outletCount } = parts;
  return Object.freeze({
    ...parts,
    events: Object.isFrozen(events) || isLazyList(events) ? events : Object.freeze(events),
    actorOffsets: (): Int32Array => {
      actorOffset ??= offsetsOf(actorCount);
      return actorOffset;
    },
    outletOffsets: (): Int32Array => {
      outletOffset ??= offsetsOf(outletCount);
      return outletOffset;
    },
    textOf,
  });
}

/** The parts of a built index, and the buffers a postMessage can transfer instead of copying. */
export function eventIndexParts(index: EventIndex): { parts: EventIndexParts; transfer: ArrayBuffer[] } {
  const { events: _events, actorOffsets: _a, outletOffsets: _o, textOf: _t, ...parts } = index;
  const arrays = [
    parts.start,
    parts.end,
    parts.topicMask,
    parts.actorCount,
    parts.outletCount,
    parts.actorList,
    parts.outletList,
    ...parts.buckets.flatMap((b) => (b.positions ? [b.positions] : [])),
  ];
  return { parts, transfer: [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))] };
}

/** First k in [0, positions.length] with start[positions[k]] >= value (ascending). */
function lowerBoundVia(start: Int32Array, positions: Int32Array, value: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((start[positions[mid] ?? 0] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
 * once each: first the main arrays' range in ascending order, then the earlier-starting events of
 * each other class, each class in ascending order.
 */
export function forEachInWindow(
  index: EventIndex,
  from: number,
  to: number,
  visit: (position: number) => void,
): void {
  const start = index.start;
  const end = index.end;
  const buckets = index.buckets;
  const main = buckets.find((bucket) => bucket.positions === null);
  // First the main arrays, from the main class's widest reach: every event starting there, whatever
  // its class (a negative span is in no class). Then the other classes, only for their events
  // starting earlier than that. Each event is visited once, from one call site.
  const reach = from - (main?.longest ?? 0);
  const before = main ? Math.min(reach, to + 1) : to + 1;
  for (let b = main ? -1 : 0; b < buckets.length; b++) {
    // null: the main arrays (b = −1); undefined: the main class's own entry, already walked.
    const positions = b < 0 ? null : (buckets[b]?.positions ?? undefined);
    if (positions === undefined) continue;
    const lo = positions
      ? lowerBoundVia(start, positions, from - (buckets[b]?.longest ?? 0))
      : lowerBound(start, reach);
    const hi = positions ? lowerBoundVia(start, positions, before) : lowerBound(start, to + 1);
    for (let k = lo; k < hi; k++) {
      const p = positions ? (positions[k] ?? 0) : k;
      const e = end[p] ?? 0;
      if (e >= from && e >= (start[p] ?? 0)) visit(p);
    }
  }
}
