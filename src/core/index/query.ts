// Queries over the event index. Within one facet the choices are alternatives (any topic of the
// chosen ones); across facets they all apply (date AND topics AND actors AND outlets AND text).
import { foldText } from '../slug';
import { type EventIndex, forEachInWindow, type SmallUints } from './event-index';
import { positionSet } from './position-set';

export const OUTLET_MATCHES = ['any', 'all', 'only'] as const;
/**
 * How the chosen outlets combine: `any` — reported by at least one of them; `all` — by every one
 * ("both Reuters and the NYT"); `only` — by them and by no other outlet ("only Reuters").
 */
export type OutletMatch = (typeof OUTLET_MATCHES)[number];

export interface EventQuery {
  /** First day of the window (day number, inclusive); null = from the first event. */
  readonly from: number | null;
  /** Last day of the window (inclusive); null = to the last event. */
  readonly to: number | null;
  /** Topic ids; null = every topic, [] = none. */
  readonly topics: readonly string[] | null;
  /** Actor ids; [] = no actor filter. */
  readonly actors: readonly string[];
  /** Outlet ids (slugified outlet names); [] = no outlet filter. */
  readonly outlets: readonly string[];
  /** How the chosen outlets combine; `any` when absent. */
  readonly outletMatch?: OutletMatch;
  /** Free text; every word must appear, accents and case ignored. */
  readonly text: string;
}

export const ALL_EVENTS: EventQuery = Object.freeze({
  from: null,
  to: null,
  topics: null,
  actors: [],
  outlets: [],
  text: '',
});

interface Compiled {
  readonly from: number;
  readonly to: number;
  readonly topicMask: Uint32Array | null;
  readonly actors: Uint8Array | null;
  readonly outlets: Uint8Array | null;
  readonly outletMatch: OutletMatch;
  /** How many distinct outlets are chosen. */
  readonly outletsChosen: number;
  /** CSR offsets, fetched only when needed: the index builds them on first use. */
  readonly actorOffset: Int32Array | null;
  readonly outletOffset: Int32Array | null;
  readonly words: readonly string[];
}

function membership(ids: readonly string[], universe: readonly string[]): Uint8Array | null {
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  const set = new Uint8Array(universe.length);
  universe.forEach((id, n) => {
    if (wanted.has(id)) set[n] = 1;
  });
  return set;
}

function compile(index: EventIndex, q: EventQuery, facets: boolean): Compiled {
  let topicMask: Uint32Array | null = null;
  if (q.topics !== null) {
    const mask = new Uint32Array(index.topicWords);
    const wanted = new Set(q.topics);
    index.topicIds.forEach((id, bit) => {
      if (wanted.has(id)) mask[bit >>> 5] = (mask[bit >>> 5] ?? 0) | (1 << (bit & 31));
    });
    topicMask = mask;
  }
  const actors = membership(q.actors, index.actorIds);
  const outlets = membership(q.outlets, index.outletIds);
  return {
    from: q.from ?? index.minDay,
    to: q.to ?? index.maxDay,
    topicMask,
    actors,
    outlets,
    outletMatch: q.outletMatch ?? 'any',
    // Distinct ids, known to the index or not: `all` cannot be met by an outlet it has never seen.
    outletsChosen: new Set(q.outlets).size,
    actorOffset: actors || facets ? index.actorOffsets() : null,
    outletOffset: outlets || facets ? index.outletOffsets() : null,
    words: foldText(q.text).split(/\s+/).filter(Boolean),
  };
}

function hasTopic(index: EventIndex, c: Compiled, p: number): boolean {
  if (!c.topicMask) return true;
  const w = index.topicWords;
  for (let k = 0; k < w; k++)
    if (((index.topicMask[p * w + k] ?? 0) & (c.topicMask[k] ?? 0)) !== 0) return true;
  return false;
}

function hasAny(set: Uint8Array | null, list: SmallUints, offsets: Int32Array | null, p: number): boolean {
  if (!set || !offsets) return true;
  for (let k = offsets[p] ?? 0, to = offsets[p + 1] ?? 0; k < to; k++) if (set[list[k] ?? 0]) return true;
  return false;
}

function hasActor(index: EventIndex, c: Compiled, p: number): boolean {
  return hasAny(c.actors, index.actorList, c.actorOffset, p);
}

function hasOutlet(index: EventIndex, c: Compiled, p: number): boolean {
  if (c.outletMatch === 'any') return hasAny(c.outlets, index.outletList, c.outletOffset, p);
  const set = c.outlets;
  const offsets = c.outletOffset;
  if (!set || !offsets) return true;
  // An event's outlets are distinct (the index lists each once), so counting the chosen ones suffices.
  const from = offsets[p] ?? 0;
  const to = offsets[p + 1] ?? 0;
  let chosen = 0;
  for (let k = from; k < to; k++) chosen += set[index.outletList[k] ?? 0] ?? 0;
  return c.outletMatch === 'all' ? chosen === c.outletsChosen : chosen > 0 && chosen === to - from;
}

function hasText(index: EventIndex, c: Compiled, p: number): boolean {
  if (c.words.length === 0) return true;
  const text = index.textOf(p);
  return c.words.every((word) => text.includes(word));
}

/** Positions (into index.events) of the matching events, in date order. */
export function queryEvents(index: EventIndex, query: EventQuery): Int32Array {
  const c = compile(index, query, false);
  if (c.topicMask?.every((w) => w === 0)) return new Int32Array(0);
  const found = positionSet(index.start.length);
  forEachInWindow(index, c.from, c.to, (p) => {
    if (hasTopic(index, c, p) && hasActor(index, c, p) && hasOutlet(index, c, p) && hasText(index, c, p))
      found.add(p);
  });
  return found.sorted();
}

export interface Facets {
  /** Per topic id: events matching every filter but the topic one. */
  readonly topics: ReadonlyMap<string, number>;
  /** Per actor id: events matching every filter but the actor one. */
  readonly actors: ReadonlyMap<string, number>;
  /** Per outlet id: events matching every filter but the outlet one. */
  readonly outlets: ReadonlyMap<string, number>;
}

function countAll(counts: Float64Array, list: SmallUints, offsets: Int32Array, p: number): void {
  for (let k = offsets[p] ?? 0, to = offsets[p + 1] ?? 0; k < to; k++) {
    const n = list[k] ?? 0;
    counts[n] = (counts[n] ?? 0) + 1;
  }
}

/** Facet counts as flat arrays, by topic, actor and outlet number of the index (what a worker posts). */
export interface FacetCounts {
  readonly topics: Float64Array;
  readonly actors: Float64Array;
  readonly outlets: Float64Array;
}

/** The counts of queryFacets by number: counts[n] for index.topicIds[n] (actorIds, outletIds). */
export function facetsFromCounts(index: EventIndex, counts: FacetCounts): Facets {
  const toMap = (ids: readonly string[], list: Float64Array) =>
    new Map(ids.map((id, n) => [id, list[n] ?? 0]));
  return {
    topics: toMap(index.topicIds, counts.topics),
    actors: toMap(index.actorIds, counts.actors),
    outlets: toMap(index.outletIds, counts.outlets),
  };
}

/** Live counts for the filter panel: each facet counted with the other facets applied. */
export function queryFacets(index: EventIndex, query: EventQuery): Facets {
  return facetsFromCounts(index, queryFacetCounts(index, query));
}

/** queryFacets' counts as arrays by number. */
export function queryFacetCounts(index: EventIndex, query: EventQuery): FacetCounts {
  return queryEventsAndFacets(index, query).facets;
}

/**
 * queryEvents and queryFacetCounts of one query in one pass over its window (what the worker answers a
 * view with): both test the same filters on the same events.
 */
export function queryEventsAndFacets(
  index: EventIndex,
  query: EventQuery,
): { readonly positions: Int32Array; readonly facets: FacetCounts } {
  const c = compile(index, query, true);
  const actorOffset = c.actorOffset ?? index.actorOffsets();
  const outletOffset = c.outletOffset ?? index.outletOffsets();
  const topics = new Float64Array(index.topicIds.length);
  const actors = new Float64Array(index.actorIds.length);
  const outlets = new Float64Array(index.outletIds.length);
  const w = index.topicWords;
  const found = positionSet(index.start.length);
  forEachInWindow(index, c.from, c.to, (p) => {
    if (!hasText(index, c, p)) return;
    const t = hasTopic(index, c, p);
    const a = hasActor(index, c, p);
    const o = hasOutlet(index, c, p);
    if (a && o) {
      // Only the set bits of each word: an event has a topic or two of the corpus's many.
      for (let k = 0; k < w; k++) {
        for (let bits = index.topicMask[p * w + k] ?? 0; bits !== 0; bits &= bits - 1) {
          const bit = k * 32 + 31 - Math.clz32(bits & -bits);
          topics[bit] = (topics[bit] ?? 0) + 1;
        }
      }
    }
    if (t && o) countAll(actors, index.actorList, actorOffset, p);
    if (t && a) countAll(outlets, index.outletList, outletOffset, p);
    if (t && a && o) found.add(p);
  });
  return { positions: found.sorted(), facets: { topics, actors, outlets } };
}
