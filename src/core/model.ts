// The loaded corpus with its lookups and index, built once and shared read-only by every view.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dataExtent, type Extent } from './data-extent';
import { buildEventIndex, type EventIndex } from './index/event-index';
import type { Actor, Corpus, NewsEvent, Place, Source, Topic } from './types';

export interface Outlet {
  /** slugify(name): the id used in filters and links. */
  readonly id: string;
  readonly name: string;
}

export interface CorpusModel {
  readonly corpus: Corpus;
  readonly index: EventIndex;
  readonly events: ReadonlyMap<string, NewsEvent>;
  readonly places: ReadonlyMap<string, Place>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Outlets in alphabetical order. */
  readonly outlets: readonly Outlet[];
  /** Short hash of the corpus content, written into shared links as `v`. */
  readonly version: string;
  /**
   * Outlines a dataset brings itself (own places with a `geometry`), by their boundary id "own:<id>":
   * merge them with geo/boundaries.topo.json's `byId` to draw every area the aggregation names.
   */
  readonly ownAreas: ReadonlyMap<string, OwnAreaFeature>;
  /** The extent of the places its events name (src/core/data-extent.ts); null when none has a position. */
  readonly extent: Extent | null;
  /**
   * A model a worker feeds opens before its events' and sources' texts are in (src/load/
   * corpus-worker-client.ts): until then `events.get` and `index.events[p]` give undefined, and what shows
   * an event waits (src/app/use-texts-arriving.ts). Absent: every event was there from the start.
   */
  readonly arriving?: TextsArriving;
  /** The id of the event at a position, read without its text (so, also while the texts arrive). */
  readonly idAt?: (position: number) => string | undefined;
}

/** The events' and the sources' texts on their way to the page. */
export interface TextsArriving {
  /** Settles once every one is in. */
  readonly complete: Promise<void>;
  readonly isComplete: boolean;
  /** Texts in so far, of `total` (events and sources). */
  readonly received: number;
  readonly total: number;
  /** Calls `listener` as more come in; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export type OwnAreaFeature = Feature<
  Polygon | MultiPolygon,
  { readonly id: string; readonly name: string }
> & {
  readonly id: string;
};

export function ownAreas(places: readonly Place[]): ReadonlyMap<string, OwnAreaFeature> {
  const out = new Map<string, OwnAreaFeature>();
  for (const p of places)
    if (p.geometry && p.boundary)
      out.set(p.boundary, {
        type: 'Feature',
        id: p.boundary,
        geometry: p.geometry as Polygon | MultiPolygon,
        properties: { id: p.boundary, name: p.name },
      });
  return out;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  // A loop, not new Map(records.map(…)): no pair array per record (an import has 200k records).
  const map = new Map<string, T>();
  for (const r of records) map.set(r.id, r);
  return map;
}

/** FNV-1a over the text, as 8 base-36 digits: short, stable, and enough to notice a change. */
export function contentHash(...texts: string[]): string {
  return contentHashOf(texts);
}

/** contentHash of texts in a list (any number: 100k pieces of a corpus would overflow a call's arguments). */
export function contentHashOf(texts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  // The texts one after another, as if joined: joining 100 MB of converted corpus to the gazetteer
  // would copy it first.
  for (const text of texts)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).slice(0, 10);
}

export function buildCorpusModel(
  corpus: Corpus,
  version: string = contentHash(JSON.stringify(corpus)),
): CorpusModel {
  const lookups = corpusLookups(corpus);
  const { places, actors, sources } = lookups;
  const index = buildEventIndex(corpus.events, { topics: corpus.topics, actors, sources, places });
  return assembleCorpusModel(corpus, index, version, byId(corpus.events), lookups);
}

type CorpusLookups = {
  readonly places: ReadonlyMap<string, Place>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
};
/**
 * Made once per corpus that cannot change: the worker asks for them to index an import and again to
 * open it (0.2 s at 100k rows, each time).
 */
const lookupsOf = new WeakMap<object, CorpusLookups>();

/** The lookups of a corpus its holder never changes, though it is not frozen, kept for it as for one. */
export function keepLookups(corpus: Omit<Corpus, 'events'>): void {
  if (!lookupsOf.has(corpus)) lookupsOf.set(corpus, corpusLookups(corpus));
}

/** The lookups every view uses, keyed by id. */
export function corpusLookups(corpus: Omit<Corpus, 'events'>): CorpusLookups {
  const known = lookupsOf.get(corpus);
  if (known) return known;
  const made = {
    places: byId(corpus.places),
    topics: byId(corpus.topics),
    actors: byId(corpus.actors),
    sources: byId(corpus.sources),
  };
  const { places, topics, actors, sources } = corpus;
  // Only a corpus that cannot change (a validated one is frozen through) keeps its lookups.
  if ([corpus, places, topics, actors, sources].every(Object.isFrozen)) lookupsOf.set(corpus, made);
  return made;
}

/**
 * The model around an index that is already built (here, or in a worker: src/work/), with the events
 * by id (a worker-fed loader fills that map a chunk at a time, to keep the main thread free).
 */
export function assembleCorpusModel(
  corpus: Corpus,
  index: EventIndex,
  version: string,
  events: ReadonlyMap<string, NewsEvent>,
  lookups: ReturnType<typeof corpusLookups> = corpusLookups(corpus),
  /** Worked out already (by the worker that built the index); worked out here when absent. */
  extent?: Extent | null,
): CorpusModel {
  const outlets = index.outletIds
    .map((id, n) => ({ id, name: index.outletNames[n] ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const areas = ownAreas(corpus.places);
  return {
    corpus,
    index,
    events,
    ...lookups,
    outlets,
    version,
    ownAreas: areas,
    extent:
      extent === undefined
        ? dataExtent({ events: corpus.events, places: lookups.places, ownAreas: areas })
        : extent,
  };
}
