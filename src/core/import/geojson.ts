// GeoJSON (RFC 7946) FeatureCollection or Feature → drafts. Dates from start/end, date, time or
// timestamp (ISO text or epoch milliseconds); title from title/name; topic from topic/category/type;
// the other properties kept as the event's property table (nested values as JSON text).
// Dateline's own GeoJSON export is recognised by its properties and read back exactly.
import type { PropertyValue } from '../types';
import { draftsFromExport, type ExportedRow } from './dateline-export';
import { type Draft, type DraftLocation, readDate, type Skip, skip, timeOf } from './draft';
import { readGeoJsonGeometry } from './geometry';
import type { Lookup } from './lookup';

const DATE_KEYS = ['date', 'time', 'timestamp', 'datetime'];
const USED = new Set([
  'start',
  'end',
  ...DATE_KEYS,
  'title',
  'name',
  'topic',
  'category',
  'type',
  'description',
  'summary',
  'id',
]);
const EXPORT_KEYS = [
  'id',
  'start',
  'end',
  'precision',
  'placeId',
  'placeKind',
  'placeRole',
  'topics',
  'sources',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export type FeaturesRead =
  | { readonly ok: true; readonly drafts: { row: number; draft: Draft | Skip }[] }
  | { readonly ok: false; readonly error: string };

export function featuresOf(json: unknown): unknown[] | null {
  if (!isObj(json)) return null;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) return json.features;
  if (json.type === 'Feature') return [json];
  return null;
}

function flat(props: Obj): Record<string, PropertyValue> {
  const out: [string, PropertyValue][] = [];
  for (const [k, v] of Object.entries(props)) {
    if (USED.has(k.toLowerCase()) || v === undefined) continue;
    if (out.length >= 100) break;
    const value =
      v === null ||
      typeof v === 'boolean' ||
      typeof v === 'string' ||
      (typeof v === 'number' && Number.isFinite(v))
        ? v
        : JSON.stringify(v).slice(0, 10_000);
    out.push([k.slice(0, 100), typeof value === 'string' ? value.slice(0, 10_000) : value]);
  }
  return Object.fromEntries(out);
}

function pick(props: Obj, keys: readonly string[]): [string, unknown] | null {
  for (const key of keys) {
    const found = Object.keys(props).find((k) => k.toLowerCase() === key);
    if (found !== undefined && props[found] !== null && props[found] !== '') return [found, props[found]];
  }
  return null;
}

function draftOf(feature: unknown, row: number): Draft | Skip {
  if (!isObj(feature) || feature.type !== 'Feature') return skip('(feature)', 'expected a GeoJSON Feature');
  const props = isObj(feature.properties) ? feature.properties : {};
  const startCell = pick(props, ['start', ...DATE_KEYS]);
  if (!startCell) return skip('date', 'no date (expected a start, date, time or timestamp property)');
  const start = readDate(typeof startCell[1] === 'number' ? startCell[1] : text(startCell[1]));
  if (!start) return skip(startCell[0], `${JSON.stringify(startCell[1]).slice(0, 40)} is not a date`);
  const endCell = startCell[0].toLowerCase() === 'start' ? pick(props, ['end']) : null;
  const end = endCell ? readDate(typeof endCell[1] === 'number' ? endCell[1] : text(endCell[1])) : null;
  if (endCell && !end) return skip(endCell[0], `${JSON.stringify(endCell[1]).slice(0, 40)} is not a date`);
  const geometry = readGeoJsonGeometry(feature.geometry);
  if (geometry.kind === 'bad') return skip('geometry', geometry.reason);
  const title = text(pick(props, ['title', 'name'])?.[1]);
  const name = text(props.name) || title || `Feature ${row}`;
  const locations: DraftLocation[] =
    geometry.kind === 'area'
      ? [
          {
            kind: 'area',
            name,
            geometry: geometry.geometry,
            lon: geometry.center[0],
            lat: geometry.center[1],
            role: 'venue',
          },
        ]
      : geometry.points.map(([lon, lat], k) => ({
          kind: 'point',
          name: geometry.points.length > 1 ? `${name} (${k + 1})` : name,
          lat,
          lon,
          placeKind: 'site',
          role: 'venue',
        }));
  const topic = text(pick(props, ['topic', 'category', 'type'])?.[1]);
  return {
    id: text(feature.id ?? props.id),
    title: title || topic || `Feature ${row}`,
    summary: text(pick(props, ['description', 'summary'])?.[1]),
    time: timeOf(start, end),
    locations,
    topics: topic ? [topic] : [],
    actors: [],
    sources: [],
    properties: flat(props),
  };
}

function isExportFeature(f: unknown): boolean {
  return isObj(f) && isObj(f.properties) && EXPORT_KEYS.every((k) => k in (f.properties as Obj));
}

function exportedOf(f: Obj): ExportedRow {
  const p = f.properties as Obj;
  const coords = isObj(f.geometry) && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : [];
  const list = (v: unknown) => (Array.isArray(v) ? v.map(text) : []);
  return {
    id: text(p.id),
    title: text(p.title),
    summary: text(p.summary),
    start: text(p.start),
    end: text(p.end),
    precision: text(p.precision),
    status: text(p.status),
    place: text(p.place),
    placeId: text(p.placeId),
    placeKind: text(p.placeKind),
    placeRole: text(p.placeRole),
    topics: list(p.topics),
    actors: list(p.actors),
    related: list(p.related),
    // A source that names only its outlet has a null headline and date (src/core/export/rows.ts).
    sources: (Array.isArray(p.sources) ? p.sources : []).filter(isObj).map((s) => ({
      outlet: text(s.outlet),
      ...(text(s.headline) !== '' ? { headline: text(s.headline) } : {}),
      ...(text(s.date) !== '' ? { published: text(s.date) } : {}),
      ...(typeof s.url === 'string' ? { url: s.url } : {}),
    })),
    lon: typeof coords[0] === 'number' ? coords[0] : '',
    lat: typeof coords[1] === 'number' ? coords[1] : '',
    ...('fields' in p ? { fields: p.fields } : {}),
  };
}

export function readFeatures(
  features: readonly unknown[],
  lookup: Lookup,
): { row: number; draft: Draft | Skip }[] {
  if (features.length > 0 && features.every(isExportFeature))
    return draftsFromExport(
      features.map((f, i) => ({ row: i + 1, value: exportedOf(f as Obj) })),
      lookup,
    );
  return features.map((f, i) => ({ row: i + 1, draft: draftOf(f, i + 1) }));
}
