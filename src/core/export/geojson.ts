// GeoJSON (RFC 7946) export: a FeatureCollection with one Point Feature per event–place pair.
// No `crs` member: RFC 7946 coordinates are always WGS84 longitude, latitude (§4).
import type { PropertyValue } from '../types';
import type { ExportRow, ExportSource } from './rows';

export interface ExportProperties {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** First day of the widened interval, YYYY-MM-DD; `precision` says how exact it is. */
  readonly start: string;
  /** Last day of the widened interval, YYYY-MM-DD. */
  readonly end: string;
  readonly precision: string;
  readonly status: string;
  readonly place: string;
  readonly placeId: string;
  readonly placeKind: string;
  readonly placeRole: string;
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly ExportSource[];
  readonly related: readonly string[];
  /** The event's imported columns, on features of events that have any (ExportRow.fields). */
  readonly fields?: Readonly<Record<string, PropertyValue>>;
}

export interface PointFeature {
  readonly type: 'Feature';
  /** [longitude, latitude], WGS84 degrees (RFC 7946 §3.1.1: longitude first). */
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: ExportProperties;
}

export interface EventFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly PointFeature[];
}

function toFeature(row: ExportRow): PointFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
    properties: {
      id: row.id,
      title: row.title,
      summary: row.summary,
      start: row.start,
      end: row.end,
      precision: row.precision,
      status: row.status,
      place: row.place,
      placeId: row.placeId,
      placeKind: row.placeKind,
      placeRole: row.placeRole,
      topics: row.topics,
      actors: row.actors,
      sources: row.sources,
      related: row.related,
      ...(row.fields ? { fields: row.fields } : {}),
    },
  };
}

export function buildGeoJson(rows: readonly ExportRow[]): EventFeatureCollection {
  return { type: 'FeatureCollection', features: rows.map(toFeature) };
}

/** The file's text: compact JSON (RFC 8259, UTF-8) with a final newline. */
export function serializeGeoJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(buildGeoJson(rows))}\n`;
}
