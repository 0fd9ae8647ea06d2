// Per-model precomputation for the map: for every position of the event index, its point places
// (cities and sites, drawn as spots), its area places (countries and regions with a boundary,
// drawn as shaded areas), its first and second topic, its anchor (first place) and its relations.
// Built once per model in flat typed arrays (CSR lists), so aggregating a visible set is one pass.
import { topicNumbers } from '../index/topic-numbers';
import type { CorpusModel } from '../model';
import type { Place, RelationType } from '../types';
import { RELATION_TYPES } from '../types';

export interface AggregationPrep {
  /** Point places in gazetteer order; a place's number is its index here. */
  readonly pointIds: readonly string[];
  readonly pointNames: readonly string[];
  readonly pointLat: Float64Array;
  readonly pointLon: Float64Array;
  /** CSR: the point places of position i are pointList[pointOffset[i] .. pointOffset[i + 1]). */
  readonly pointOffset: Int32Array;
  readonly pointList: Int32Array;
  /** 1 where the matching pointList entry is the event's venue, else 0 (subject/target/origin). */
  readonly pointVenue: Uint8Array;
  /** Boundary ids of the area places; an area's number is its index here. */
  readonly areaIds: readonly string[];
  /** Name of the place that owns the boundary, e.g. "Poland". */
  readonly areaNames: readonly string[];
  readonly areaLat: Float64Array;
  readonly areaLon: Float64Array;
  /** CSR: the areas of position i are areaList[areaOffset[i] .. areaOffset[i + 1]). */
  readonly areaOffset: Int32Array;
  readonly areaList: Int32Array;
  /** Topic ids in model order, and their colours (#rrggbb). */
  readonly topicIds: readonly string[];
  readonly topicColors: readonly string[];
  /** Topic number of each position's first and second topic; -1 when it has none. */
  readonly firstTopic: Int16Array;
  readonly secondTopic: Int16Array;
  /** Latitude/longitude of each position's first place; NaN when it has none. */
  readonly anchorLat: Float64Array;
  readonly anchorLon: Float64Array;
  /** Event id → position. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** CSR: relations of position i are relTarget/relType[relOffset[i] .. relOffset[i + 1]). */
  readonly relOffset: Int32Array;
  readonly relTarget: Int32Array;
  /** Index into RELATION_TYPES. */
  readonly relType: Uint8Array;
}

/** Cities and sites are spots; countries and regions are areas when they have a boundary. */
export function isAreaPlace(place: Place): boolean {
  return (place.kind === 'country' || place.kind === 'region') && place.boundary !== undefined;
}

function coordinates(places: readonly Place[], key: 'lat' | 'lon'): Float64Array {
  const out = new Float64Array(places.length);
  for (let i = 0; i < places.length; i++) out[i] = (places[i] as Place)[key];
  return out;
}

/** A read-only map made by `make` the first time it is read. */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private made: Map<K, V> | null = null;
  constructor(private readonly make: () => Map<K, V>) {}
  private get map(): Map<K, V> {
    this.made ??= this.make();
    return this.made;
  }
  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.map) fn(v, k, this);
  }
  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }
  keys(): MapIterator<K> {
    return this.map.keys();
  }
  values(): MapIterator<V> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map.entries();
  }
}

export function prepareAggregation(model: Pick<CorpusModel, 'index' | 'corpus' | 'places'>): AggregationPrep {
  const events = model.index.events;
  const n = events.length;
  // Numbered by the place itself: a look-up by object, not by id (100k own places in an import).
  const pointNumber = new Map<Place, number>();
  const pointPlaces: Place[] = [];
  const areaNumber = new Map<string, number>();
  const areaIds: string[] = [];
  const areaPlaces: Place[] = [];
  for (const place of model.corpus.places) {
    if (isAreaPlace(place)) {
      const boundary = place.boundary as string;
      if (!areaNumber.has(boundary)) {
        areaNumber.set(boundary, areaIds.length);
        areaIds.push(boundary);
        areaPlaces.push(place);
      }
    } else if (!pointNumber.has(place)) {
      pointNumber.set(place, pointPlaces.length);
      pointPlaces.push(place);
    }
  }
  const topicIds = model.index.topicIds;
  const relationNumber = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));
  // Made when first asked: most corpora's events have no relations, and the map view never asks.
  const positionOf = new LazyMap(() => new Map<string, number>(events.map((e, i) => [e.id, i])));

  const pointOffset = new Int32Array(n + 1);
  const areaOffset = new Int32Array(n + 1);
  const relOffset = new Int32Array(n + 1);
  const pointList: number[] = [];
  const pointVenue: number[] = [];
  const areaList: number[] = [];
  const relTarget: number[] = [];
  const relType: number[] = [];
  const anchorLat = new Float64Array(n).fill(Number.NaN);
  const anchorLon = new Float64Array(n).fill(Number.NaN);

  for (let i = 0; i < n; i++) {
    const e = events[i];
    pointOffset[i] = pointList.length;
    areaOffset[i] = areaList.length;
    relOffset[i] = relTarget.length;
    if (!e) continue;
    const pointStart = pointList.length;
    const areaStart = areaList.length;
    for (const ep of e.places) {
      const place = model.places.get(ep.place);
      if (!place) continue;
      if (Number.isNaN(anchorLat[i] ?? Number.NaN)) {
        anchorLat[i] = place.lat;
        anchorLon[i] = place.lon;
      }
      const venue = ep.role === 'venue' ? 1 : 0;
      const a =
        place.boundary !== undefined && isAreaPlace(place) ? areaNumber.get(place.boundary) : undefined;
      if (a !== undefined) {
        // An event naming the same area twice counts once there.
        if (!areaList.includes(a, areaStart)) areaList.push(a);
        continue;
      }
      const p = pointNumber.get(place);
      if (p === undefined) continue;
      const k = pointList.indexOf(p, pointStart);
      if (k < 0) {
        pointList.push(p);
        pointVenue.push(venue);
      } else if (venue) pointVenue[k] = 1;
    }
    for (const r of e.related) {
      const target = positionOf.get(r.event);
      const type = relationNumber.get(r.type);
      if (target === undefined || type === undefined || target === i) continue;
      relTarget.push(target);
      relType.push(type);
    }
  }
  pointOffset[n] = pointList.length;
  areaOffset[n] = areaList.length;
  relOffset[n] = relTarget.length;

  return Object.freeze({
    pointIds: pointPlaces.map((p) => p.id),
    pointNames: pointPlaces.map((p) => p.name),
    pointLat: coordinates(pointPlaces, 'lat'),
    pointLon: coordinates(pointPlaces, 'lon'),
    pointOffset,
    pointList: Int32Array.from(pointList),
    pointVenue: Uint8Array.from(pointVenue),
    areaIds,
    areaNames: areaPlaces.map((p) => p.name),
    areaLat: coordinates(areaPlaces, 'lat'),
    areaLon: coordinates(areaPlaces, 'lon'),
    areaOffset,
    areaList: Int32Array.from(areaList),
    topicIds,
    topicColors: model.corpus.topics.map((t) => t.color),
    firstTopic: topicNumbers(model.index, 0),
    secondTopic: topicNumbers(model.index, 1),
    anchorLat,
    anchorLon,
    positionOf,
    relOffset,
    relTarget: Int32Array.from(relTarget),
    relType: Uint8Array.from(relType),
  });
}

/** The prep without its id map: typed arrays and strings, for a worker to post (the page rebuilds the map). */
export type AggregationPrepParts = Omit<AggregationPrep, 'positionOf'>;

export function aggregationPrepParts(prep: AggregationPrep): AggregationPrepParts {
  const { positionOf: _positionOf, ...parts } = prep;
  return parts;
}

// A prep made elsewhere (in the corpus worker) for a model on this thread; see preparedAggregation.
const adopted = new WeakMap<object, AggregationPrep>();

/** Files a prep made elsewhere (by the corpus worker) as the prep of `model`. */
export function adoptAggregation(
  model: object,
  parts: AggregationPrepParts,
  positionOf: ReadonlyMap<string, number>,
) {
  adopted.set(model, Object.freeze({ ...parts, positionOf }));
}

/** The model's prep: the one adopted from the worker, or one made here (once per model). */
export function preparedAggregation(model: CorpusModel): AggregationPrep {
  let prep = adopted.get(model);
  if (!prep) {
    prep = prepareAggregation(model);
    adopted.set(model, prep);
  }
  return prep;
}
