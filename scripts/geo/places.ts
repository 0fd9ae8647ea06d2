// The gazetteer: one place per area (countries, and regions for exclaves and disputed areas)
// plus cities. Representative points are computed on the final, simplified geometry, so each
// lies inside its own polygon as the app draws it.

import { slugify } from '../../src/core/slug';
import type { Place } from '../../src/core/types';
import type { Area } from './areas';
import { CITIES } from './cities';
import {
  distanceToPolygon,
  isInPolygon,
  type PolygonCoords,
  type Position,
  poleOfInaccessibility,
  polygonArea,
} from './geometry';

/** Place names and aliases that differ from the boundary's, by boundary id. */
const PLACE_NAMES: Readonly<Record<string, { name: string; aliases: readonly string[] }>> = {
  'RUS-KGD': { name: 'Kaliningrad', aliases: ['Kaliningrad Oblast', 'Kaliningrad exclave'] },
};

/** Areas drawn as disputed that the gazetteer still lists as countries. */
const DISPUTED_COUNTRIES: ReadonlySet<string> = new Set(['XKX']);

/** A city further than this from its area's polygons is a data error (degrees). */
const CITY_TOLERANCE = 0.25;

/** Rounds degrees to 1/`per`: 1e4 ≈ 11 m. */
const round = (value: number, per: number) => Math.round(value * per) / per;

function largestPolygon(polygons: readonly PolygonCoords[]): PolygonCoords {
  let best = polygons[0] as PolygonCoords;
  for (const polygon of polygons) if (polygonArea(polygon) > polygonArea(best)) best = polygon;
  return best;
}

function representativePoint(polygons: readonly PolygonCoords[]): Position {
  const polygon = largestPolygon(polygons);
  const [x, y] = poleOfInaccessibility(polygon);
  const rounded: Position = [round(x, 1e4), round(y, 1e4)];
  // Tiny areas (Vatican City) need more decimals to stay inside.
  const point = isInPolygon(rounded, polygon) ? rounded : ([round(x, 1e7), round(y, 1e7)] as Position);
  // Rings unwrapped past 180° give longitudes up to 190°; places use -180..180.
  return [point[0] > 180 ? point[0] - 360 : point[0], point[1]];
}

function areaPlace(area: Area, placeIdOf: ReadonlyMap<string, string>): Place {
  const names = PLACE_NAMES[area.id] ?? { name: area.name, aliases: area.aliases };
  const isCountry = area.kind === 'country' || DISPUTED_COUNTRIES.has(area.id);
  const [lon, lat] = representativePoint(area.polygons);
  const country = area.parent === undefined ? undefined : placeIdOf.get(area.parent);
  return {
    id: placeIdOf.get(area.id) as string,
    name: names.name,
    aliases: names.aliases,
    kind: isCountry ? 'country' : 'region',
    lat,
    lon,
    boundary: area.id,
    ...(isCountry || country === undefined ? {} : { country }),
  };
}

function countryOfArea(area: Area, placeIdOf: ReadonlyMap<string, string>): string | undefined {
  if (area.kind === 'country' || DISPUTED_COUNTRIES.has(area.id)) return placeIdOf.get(area.id);
  return area.parent === undefined ? undefined : placeIdOf.get(area.parent);
}

function cityPlaces(areas: ReadonlyMap<string, Area>, placeIdOf: ReadonlyMap<string, string>): Place[] {
  const taken = new Set(placeIdOf.values());
  return CITIES.map(([name, areaId, lat, lon, aliases = []]) => {
    const area = areas.get(areaId);
    if (!area) throw new Error(`City ${name}: no area ${areaId}`);
    const distance = Math.min(...area.polygons.map((p) => distanceToPolygon([lon, lat], p)));
    if (distance > CITY_TOLERANCE)
      throw new Error(`City ${name} is ${distance.toFixed(2)}° outside ${areaId}`);
    const slug = slugify(name);
    const id = taken.has(slug) ? `${slug}-city` : slug;
    if (taken.has(id)) throw new Error(`Duplicate place id ${id}`);
    taken.add(id);
    const country = countryOfArea(area, placeIdOf);
    return {
      id,
      name,
      aliases,
      kind: 'city' as const,
      lat,
      lon,
      ...(country === undefined ? {} : { country }),
    };
  });
}

/** Every place, sorted by id. `areas` must hold the final (decoded) geometry. */
export function buildPlaces(areas: readonly Area[]): Place[] {
  const placeIdOf = new Map<string, string>();
  for (const area of areas) {
    const id = slugify(PLACE_NAMES[area.id]?.name ?? area.name);
    if ([...placeIdOf.values()].includes(id)) throw new Error(`Duplicate place id ${id}`);
    placeIdOf.set(area.id, id);
  }
  const byId = new Map(areas.map((area) => [area.id, area]));
  const places = [...areas.map((area) => areaPlace(area, placeIdOf)), ...cityPlaces(byId, placeIdOf)];
  return places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
