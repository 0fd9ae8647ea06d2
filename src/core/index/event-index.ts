// The event index: built once from the corpus, queried read-only (see supercluster / flatbush).
// Events are sorted by start day; hot fields live in flat typed arrays. A query walks, per
// duration class, only the events whose start can fall in the window (binary search), then tests
// the end day, topic bitmask, actor/outlet membership and folded text.
import { type DayInterval, eventInterval } from '../dates';
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

/** Folds accents only when there are any: most text is ASCII, and NFKD is costly at 1M events. */
function fastFold(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "anything outside ASCII".
  return /[^\u0000-\u007f]/.test(text) ? foldText(text) : text.toLowerCase();
}

function searchText(e: NewsEvent, ctx: IndexContext, names: Map<string, string>): string {
  const named = (id: string, name: () => string): string => {
    let folded = names.get(id);
    if (folded === undefined) {
      folded = fastFold(name());
      names.set(id, folded);
    }
    return folded;
  };
  let text = `${fastFold(e.title)}\n${fastFold(e.summary)}`;
  for (const id of e.actors) text += `\n${named(`a:${id}`, () => ctx.actors.get(id)?.name ?? '')}`;
  for (const p of e.places) {
    text += `\n${named(`p:${p.place}`, () => {
      const place = ctx.places.get(p.place);
      return place ? [place.name, ...place.aliases].join('\n') : '';
    })}`;
  }
  for (const q of e.quotes)
    text += `\n${fastFold(q.text)}\n${named(`a:${q.speaker}`, () => ctx.actors.get(q.speaker)?.name ?? '')}`;
  return text;
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

/** Day range of each distinct date, computed once: a corpus repeats its dates a lot. Nested maps
 * keyed by the strings themselves, so a lookup allocates nothing (1M lookups must not feed the GC). */
function intervalCache(): (e: NewsEvent) => DayInterval | null {
  const cache = new Map<string, Map<string, DayInterval | null>>();
  return (e) => {
    let byEnd = cache.get(e.time.start);
    if (byEnd === undefined) {
      byEnd = new Map();
      cache.set(e.time.start, byEnd);
    }
    const endKey = e.time.end ?? '';
    let interval = byEnd.get(endKey);
    if (interval === undefined) {
      interval = eventInterval(e.time);
      byEnd.set(endKey, interval);
    }
    return interval;
  };
}

/** Sort order by (start, span, input order) through one native sort of packed float keys. */
function dateOrder(start: Int32Array, end: Int32Array): Int32Array {
  const n = start.length;
  let minStart = 0;
  for (let i = 0; i < n; i++) minStart = Math.min(minStart, start[i] ?? 0);
  // key = (start − min) · 2^32 + min(span, 2^11 − 1) · 2^21 + i; exact while start spans < 2^21 days and n < 2^21.
  if (n < 2 ** 21) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = (start[i] ?? 0) - minStart;
      const span = Math.min((end[i] ?? 0) - (start[i] ?? 0), 2047);
      keys[i] = s * 2 ** 32 + span * 2 ** 21 + i;
    }
    keys.sort();
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = (keys[k] ?? 0) % 2 ** 21;
    return order;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => (start[a] ?? 0) - (start[b] ?? 0) || (end[a] ?? 0) - (end[b] ?? 0) || a - b);
}

export function buildEventIndex(input: readonly NewsEvent[], ctx: IndexContext): EventIndex {
  const n = input.length;
  const topicIds = ctx.topics.map((t) => t.id);
  const topicNumber = new Map(topicIds.map((id, i) => [id, i]));
  const topicWords = Math.max(1, Math.ceil(topicIds.length / 32));
  const actorNumber = new Map<string, number>();
  const actorIds: string[] = [];
  // Outlets are numbered per source once, not per event.
  const outletNumber = new Map<string, number>();
  const outletIds: string[] = [];
  const outletNames: string[] = [];
  const sourceOutlet = new Map<string, number>();
  for (const source of ctx.sources.values()) {
    const id = slugify(source.outlet);
    if (!outletNumber.has(id)) {
      outletNumber.set(id, outletIds.length);
      outletIds.push(id);
      outletNames.push(source.outlet);
    }
    sourceOutlet.set(source.id, outletNumber.get(id) ?? 0);
  }

  // Pass 1, in input order (memory order: far fewer cache misses than visiting in date order).
  const interval = intervalCache();
  const rawStart = new Int32Array(n);
  const rawEnd = new Int32Array(n);
  const rawMask = new Uint32Array(n * topicWords);
  let actorTotal = 0;
  let sourceTotal = 0;
  for (const e of input) {
    actorTotal += e.actors.length;
    sourceTotal += e.sources.length;
  }
  const rawActorOffset = new Int32Array(n + 1);
  const rawActors = new Int32Array(actorTotal);
  const rawOutletOffset = new Int32Array(n + 1);
  const rawOutlets = new Int32Array(sourceTotal);
  let actorCount = 0;
  let outletCount = 0;
  for (let i = 0; i < n; i++) {
    const e = input[i] as NewsEvent;
    const iv = interval(e);
    rawStart[i] = iv?.start ?? 0;
    rawEnd[i] = iv?.end ?? 0;
    for (const t of e.topics) {
      const bit = topicNumber.get(t);
      if (bit === undefined) continue;
      const word = i * topicWords + (bit >>> 5);
      rawMask[word] = (rawMask[word] ?? 0) | (1 << (bit & 31));
    }
    rawActorOffset[i] = actorCount;
    for (const a of e.actors) rawActors[actorCount++] = interned(actorNumber, actorIds, a);
    rawOutletOffset[i] = outletCount;
    const first = outletCount;
    for (const s of e.sources) {
      const o = sourceOutlet.get(s);
      if (o === undefined) continue;
      let seen = false;
      for (let k = first; k < outletCount; k++) if (rawOutlets[k] === o) seen = true;
      if (!seen) rawOutlets[outletCount++] = o;
    }
  }
  rawActorOffset[n] = actorCount;
  rawOutletOffset[n] = outletCount;

  // Pass 2: gather everything into date order with typed-array copies.
  const order = dateOrder(rawStart, rawEnd);
  const events: NewsEvent[] = new Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const topicMask = new Uint32Array(n * topicWords);
  const actorOffset = new Int32Array(n + 1);
  const actorList = new Int32Array(actorCount);
  const outletOffset = new Int32Array(n + 1);
  const outletList = new Int32Array(outletCount);
  let actorAt = 0;
  let outletAt = 0;
  for (let i = 0; i < n; i++) {
    const from = order[i] ?? 0;
    events[i] = input[from] as NewsEvent;
    start[i] = rawStart[from] ?? 0;
    end[i] = rawEnd[from] ?? 0;
    for (let w = 0; w < topicWords; w++) topicMask[i * topicWords + w] = rawMask[from * topicWords + w] ?? 0;
    actorOffset[i] = actorAt;
    for (let k = rawActorOffset[from] ?? 0; k < (rawActorOffset[from + 1] ?? 0); k++)
      actorList[actorAt++] = rawActors[k] ?? 0;
    outletOffset[i] = outletAt;
    for (let k = rawOutletOffset[from] ?? 0; k < (rawOutletOffset[from + 1] ?? 0); k++)
      outletList[outletAt++] = rawOutlets[k] ?? 0;
  }
  actorOffset[n] = actorAt;
  outletOffset[n] = outletAt;

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
