// The parts of the format a dataset brings itself: its own places (a point, or an area with its
// own outline) in the corpus's `places` list, and an event's flat `properties` table.
import { type AreaGeometry, PLACE_KINDS, type Place, type PropertyValue } from '../types';
import { isObject, type JsonObject, type RecordReader, show } from './reader';
import { readPlaceFields } from './records';

/** Keys and values of a property table are bounded so a hostile file cannot blow up a popup. */
export const MAX_PROPERTIES = 100;
export const MAX_PROPERTY_TEXT = 10_000;

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

/** A closed ring of at least four [lon, lat] positions (RFC 7946 §3.1.6). */
function isRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return false;
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  return a[0] === b[0] && a[1] === b[1];
}

const isPolygon = (rings: unknown): boolean =>
  Array.isArray(rings) && rings.length > 0 && rings.every(isRing);

export function readGeometry(r: RecordReader, raw: unknown, path: string): AreaGeometry | undefined {
  const ok =
    isObject(raw) &&
    ((raw.type === 'Polygon' && isPolygon(raw.coordinates)) ||
      (raw.type === 'MultiPolygon' &&
        Array.isArray(raw.coordinates) &&
        raw.coordinates.length > 0 &&
        raw.coordinates.every(isPolygon)));
  if (!ok)
    return r.fail(
      path,
      `expected a GeoJSON Polygon or MultiPolygon of closed [lon, lat] rings, got ${show(raw)}`,
    );
  const g = raw as JsonObject;
  return { type: g.type, coordinates: g.coordinates } as AreaGeometry;
}

export function readOwnPlace(r: RecordReader, o: JsonObject): Place | undefined {
  r.noExtra(o, ['id', 'name', 'aliases', 'kind', 'lat', 'lon', 'country', 'geometry']);
  const fields = readPlaceFields(r, o);
  const geometry = o.geometry === undefined ? undefined : readGeometry(r, o.geometry, 'geometry');
  // The kind as read (undefined when invalid), even if another field failed.
  const kind = (PLACE_KINDS as readonly unknown[]).includes(o.kind) ? o.kind : undefined;
  if (geometry && kind !== 'region' && kind !== 'country')
    r.fail('kind', `expected region or country for a place with its own outline, got "${kind}"`);
  if (!r.ok || !fields) return undefined;
  return { ...fields, ...(geometry ? { geometry, boundary: `own:${fields.id}` } : {}) };
}

/** An event's `properties`: a flat object of strings, numbers, booleans and nulls; bad ones are dropped. */
export function readProperties(
  r: RecordReader,
  raw: unknown,
): Readonly<Record<string, PropertyValue>> | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return r.drop('properties', `expected an object, got ${show(raw)}`);
  const out: [string, PropertyValue][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= MAX_PROPERTY_TEXT);
    if (!ok || key.length === 0 || key.length > 100 || out.length >= MAX_PROPERTIES) {
      r.drop(
        `properties.${key.slice(0, 40)}`,
        `expected a string, number, boolean or null, got ${show(value)}`,
      );
      continue;
    }
    out.push([key, value as PropertyValue]);
  }
  // fromEntries defines own properties, so a key "__proto__" stays a plain key.
  return Object.fromEntries(out);
}
