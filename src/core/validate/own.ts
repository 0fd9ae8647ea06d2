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

const OWN_PLACE_FIELDS = ['id', 'name', 'aliases', 'kind', 'lat', 'lon', 'country', 'geometry'];

export function readOwnPlace(r: RecordReader, o: JsonObject): Place | undefined {
  r.noExtra(o, OWN_PLACE_FIELDS);
  const fields = readPlaceFields(r, o);
  const geometry = o.geometry === undefined ? undefined : readGeometry(r, o.geometry, 'geometry');
  // The kind as read (undefined when invalid), even if another field failed.
  const kind = (PLACE_KINDS as readonly unknown[]).includes(o.kind) ? o.kind : undefined;
  if (geometry && kind !== 'region' && kind !== 'country')
    r.fail('kind', `expected region or country for a place with its own outline, got "${kind}"`);
  if (!r.ok || !fields) return undefined;
  if (!geometry) return fields;
  return { ...fields, geometry, boundary: `own:${fields.id}` };
}

/** An event's `properties`: a flat object of strings, numbers, booleans and nulls; bad ones are dropped. */
export function readProperties(
  r: RecordReader,
  raw: unknown,
): Readonly<Record<string, PropertyValue>> | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return r.drop('properties', `expected an object, got ${show(raw)}`);
  const out: Record<string, PropertyValue> = {};
  let count = 0;
  // for…in over own keys, written straight into the table: no entry arrays per property (an import
  // reads 100k tables).
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = raw[key];
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= MAX_PROPERTY_TEXT);
    if (!ok || key.length === 0 || key.length > 100 || count >= MAX_PROPERTIES) {
      r.drop(
        `properties.${key.slice(0, 40)}`,
        `expected a string, number, boolean or null, got ${show(value)}`,
      );
      continue;
    }
    setOwn(out, key, value as PropertyValue);
    count++;
  }
  return out;
}

/** Sets an own property, so that a key "__proto__" stays a plain key (as Object.fromEntries does). */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
  else table[key] = value;
}
