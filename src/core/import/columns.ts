// Column look-up by header name, and the location every tabular reader resolves the same way:
// its own point when it has coordinates, else a gazetteer place, else a country's area.

import type { PlaceKind } from '../types';
import { type DraftLocation, readCoordinate, type Skip, skip } from './draft';
import type { Lookup } from './lookup';

/** Index of a header (exact, then case-insensitive); -1 when absent or not asked for. */
export function columnOf(headers: readonly string[], name: string | undefined): number {
  if (name === undefined) return -1;
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const lower = name.toLowerCase();
  return headers.findIndex((h) => h.toLowerCase() === lower);
}

export const cellAt = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

export interface LocationColumns {
  readonly lat: number;
  readonly lon: number;
  readonly place: number;
  readonly country: number;
  readonly headers: readonly string[];
}

/**
 * The row's location. `level` says what the coordinates stand for: a city point, a region point,
 * or a country (then the country's area is drawn, never a point at its centroid).
 */
export function locate(
  cells: readonly string[],
  c: LocationColumns,
  lookup: Lookup,
  level: 'point' | 'region' | 'country' = 'point',
  pointKind: PlaceKind = 'city',
): DraftLocation | Skip {
  const name = cellAt(cells, c.place);
  const countryName = cellAt(cells, c.country);
  if (level === 'country') {
    const id = lookup.country(countryName || name);
    if (id) return { kind: 'gazetteer', id, role: 'venue' };
    return skip(
      c.headers[c.country] ?? c.headers[c.place] ?? 'country',
      `country "${countryName || name}" is not in the gazetteer`,
    );
  }
  const latText = cellAt(cells, c.lat);
  const lonText = cellAt(cells, c.lon);
  if (latText !== '' || lonText !== '') {
    const lat = readCoordinate(latText, 90);
    const lon = readCoordinate(lonText, 180);
    if (lat === null)
      return skip(c.headers[c.lat] ?? 'latitude', `latitude ${latText || '(empty)'} is out of range`);
    if (lon === null)
      return skip(c.headers[c.lon] ?? 'longitude', `longitude ${lonText || '(empty)'} is out of range`);
    return {
      kind: 'point',
      name: name || `${lat}, ${lon}`,
      lat,
      lon,
      placeKind: level === 'region' ? 'region' : pointKind,
      role: 'venue',
    };
  }
  const countryId = countryName ? lookup.country(countryName) : undefined;
  // A place of the small gazetteer, unless the row's country says it is another of that name ("Paris"
  // in the United States is not Paris, France).
  const placeId = name ? lookup.place(name) : undefined;
  const place = placeId === undefined ? undefined : lookup.places.get(placeId);
  if (
    placeId &&
    (countryId === undefined ||
      place?.country === undefined ||
      place.country === countryId ||
      placeId === countryId)
  )
    return { kind: 'gazetteer', id: placeId, role: 'venue' };
  // Then the large gazetteer, narrowed by the row's country (src/core/import/towns.ts).
  const town = name ? lookup.town(name, countryId) : undefined;
  if (town && lookup.places.has(town.id)) return { kind: 'gazetteer', id: town.id, role: 'venue' };
  if (town)
    return {
      kind: 'point',
      name: town.name,
      lat: town.lat,
      lon: town.lon,
      placeKind: town.kind === 'country' ? 'region' : town.kind,
      role: 'venue',
      id: town.id,
    };
  if (countryId) return { kind: 'gazetteer', id: countryId, role: 'venue' };
  // The column to fix: the name that was not found, else where coordinates were expected.
  const column = name ? c.headers[c.place] : countryName ? c.headers[c.country] : undefined;
  return skip(
    column ?? c.headers[c.lat] ?? c.headers[c.place] ?? 'location',
    name || countryName
      ? `place "${name || countryName}" has no coordinates and is not in the gazetteer`
      : 'no location',
  );
}

/** Cells split on `;` (ACLED and UCDP list several outlets in one cell). */
export function splitList(text: string): string[] {
  // Most cells name one item or none: no split, map and filter arrays for them (100k rows, 6 lists each).
  if (!text.includes(';')) {
    const one = text.trim();
    return one === '' ? [] : [one];
  }
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
