// What can be labelled: the events' places (from the map's aggregation, most events first), and,
// independent of the events, countries, exclaves and disputed areas (by how large they look) and
// major cities (by population).
import type { Feature } from 'geojson';
import type { AreaAggregate, PointAggregate } from '../aggregate';
import type { AggregationPrep } from '../aggregate/prepare';
import type { Place } from '../types';
import { areaSize } from './geometry';

/** event: a place of a shown event; country, disputed: an area of the basemap; city: a major city. */
export type LabelTier = 'event' | 'country' | 'disputed' | 'city';

export interface LabelSource {
  /** Stable and shared by an area or point however it is labelled: "area:POL", "point:moscow". */
  readonly key: string;
  readonly text: string;
  readonly lat: number;
  readonly lon: number;
  readonly tier: LabelTier;
  /** A point is labelled beside its dot; an area's label is centred on its representative point. */
  readonly point: boolean;
  /** Areas: the largest part's bounding box, px at zoom 0 (0: unknown, fits at any zoom). */
  readonly spanX: number;
  readonly spanY: number;
  /** Cities: shown from this zoom on; 0 for the rest. */
  readonly minZoom: number;
  /** Events: visible events at the place; 0 for the rest. */
  readonly count: number;
}

export interface BaseLabels {
  /** Countries, exclaves and disputed areas, largest on the map first. */
  readonly areas: readonly LabelSource[];
  /** Cities with a known population, most populous first. */
  readonly cities: readonly LabelSource[];
  /** Spans of every area with a geometry (boundaries and a dataset's own outlines), by boundary id. */
  readonly spans: ReadonlyMap<string, readonly [number, number]>;
}

/** A city of at least this many people shows from this zoom on (Leaflet zoom levels). */
export const CITY_ZOOMS: readonly (readonly [population: number, zoom: number])[] = Object.freeze([
  [5_000_000, 4],
  [1_000_000, 5],
  [200_000, 6],
  [0, 7],
]);

export function cityMinZoom(population: number): number {
  for (const [least, zoom] of CITY_ZOOMS) if (population >= least) return zoom;
  return 7;
}

/**
 * The labels that do not depend on the events. `areas`: boundary features by id (the basemap's and a
 * dataset's own); an area is labelled with the name of the gazetteer place that owns its boundary
 * ("Kaliningrad" for RUS-KGD), else the feature's own name. Own outlines (ids "own:…") only get spans:
 * they are labelled when they have events.
 */
export function buildBaseLabels(
  places: readonly Place[],
  areas: ReadonlyMap<string, Feature>,
  population: ReadonlyMap<string, number>,
): BaseLabels {
  const owner = new Map<string, Place>();
  for (const p of places) if (p.boundary && !owner.has(p.boundary)) owner.set(p.boundary, p);
  const spans = new Map<string, readonly [number, number]>();
  const sized: { source: LabelSource; area: number }[] = [];
  for (const [id, feature] of areas) {
    const size = areaSize(feature);
    if (!size) continue;
    spans.set(id, [size.spanX, size.spanY]);
    const place = owner.get(id);
    if (!place || id.startsWith('own:')) continue;
    const kind = (feature.properties as { kind?: unknown } | null)?.kind;
    sized.push({
      area: size.area,
      source: {
        key: `area:${id}`,
        text: place.name,
        lat: place.lat,
        lon: place.lon,
        tier: kind === 'disputed' ? 'disputed' : 'country',
        point: false,
        spanX: size.spanX,
        spanY: size.spanY,
        minZoom: 0,
        count: 0,
      },
    });
  }
  sized.sort((a, b) => b.area - a.area || (a.source.key < b.source.key ? -1 : 1));
  const cities: { source: LabelSource; people: number }[] = [];
  for (const p of places) {
    const people = population.get(p.id);
    if (p.kind !== 'city' || people === undefined) continue;
    cities.push({ people, source: pointSource(p.id, p.name, p.lat, p.lon, 'city', cityMinZoom(people), 0) });
  }
  cities.sort((a, b) => b.people - a.people || (a.source.key < b.source.key ? -1 : 1));
  return {
    areas: sized.map((s) => s.source),
    cities: cities.map((c) => c.source),
    spans,
  };
}

function pointSource(
  id: string,
  text: string,
  lat: number,
  lon: number,
  tier: LabelTier,
  minZoom: number,
  count: number,
): LabelSource {
  return { key: `point:${id}`, text, lat, lon, tier, point: true, spanX: 0, spanY: 0, minZoom, count };
}

/**
 * The places of the shown events, most events first (ties: name), from the map's aggregation: every
 * point place and area with at least one visible event, a dataset's own places included. With `drawn`
 * (the point places whose own spot the map draws in view), the other point places are left out: the
 * layout labels a point place only where its own spot is drawn, so the list it reads is the same in the
 * same order, and for a dataset with 100k own places it is made from the few hundred in view, not all
 * of them (100k sources and their sort were ~80 ms on the main thread, the layout's scan of them ~90 ms).
 */
export function eventLabelSources(
  prep: AggregationPrep,
  points: PointAggregate,
  areas: AreaAggregate,
  spans: BaseLabels['spans'],
  drawn?: ReadonlySet<number>,
): LabelSource[] {
  const out: LabelSource[] = [];
  for (let k = 0; k < points.active.length; k++) {
    const p = points.active[k] as number;
    if (drawn && !drawn.has(p)) continue;
    const id = prep.pointIds[p] as string;
    const name = prep.pointNames[p] ?? id;
    const count = points.count[p] as number;
    out.push(
      pointSource(id, name, prep.pointLat[p] as number, prep.pointLon[p] as number, 'event', 0, count),
    );
  }
  for (const summary of areas.byBoundary.values()) {
    const span = spans.get(summary.boundary);
    out.push({
      key: `area:${summary.boundary}`,
      text: summary.name,
      lat: prep.areaLat[summary.area] as number,
      lon: prep.areaLon[summary.area] as number,
      tier: 'event',
      point: false,
      spanX: span?.[0] ?? 0,
      spanY: span?.[1] ?? 0,
      minZoom: 0,
      count: summary.count,
    });
  }
  return out.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
