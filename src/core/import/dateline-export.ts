// Dateline's own exports (src/core/export) read back: one GeoJSON feature or CSV row per event–place
// pair, consecutive rows of one id being one event. So export → import → export gives the same file.
// What an export does not carry comes back plainly: topic labels become their ids, relation types
// "follow-up-of", an own area its point. CSV lists are split on "; ", so a value holding "; " (or an
// outlet holding ": ") cannot come back from CSV; GeoJSON keeps lists as arrays.

import type { ExportProperties } from '../export/geojson';
import {
  type EventTime,
  PLACE_KINDS,
  PLACE_ROLES,
  type PlaceKind,
  type PlaceRole,
  PRECISIONS,
} from '../types';
import { type Draft, type DraftLocation, type DraftSource, readCoordinate, type Skip, skip } from './draft';
import type { Lookup } from './lookup';

/** An exported row as read back: the export's properties, with sources parsed and the coordinates. */
export interface ExportedRow extends Omit<ExportProperties, 'sources' | 'fields'> {
  readonly sources: readonly DraftSource[];
  readonly lat: number | string;
  readonly lon: number | string;
  /** The event's imported columns as read: an object, or whatever else the file held there. */
  readonly fields?: unknown;
}

/** An exported event's `fields` as its properties table (`table`), or why the row is skipped. */
function exportedFields(fields: unknown): { readonly table: Draft['properties'] } | Skip {
  if (fields === undefined || fields === null) return { table: undefined };
  if (typeof fields !== 'object' || Array.isArray(fields))
    return skip('fields', 'is not a JSON object of the imported columns');
  return { table: fields as Draft['properties'] };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function exportedTime(r: ExportedRow): EventTime | Skip {
  if (!DAY.test(r.start)) return skip('start', `"${r.start}" is not a date YYYY-MM-DD`);
  if (!DAY.test(r.end)) return skip('end', `"${r.end}" is not a date YYYY-MM-DD`);
  if (!(PRECISIONS as readonly string[]).includes(r.precision))
    return skip('precision', `"${r.precision}" is not one of ${PRECISIONS.join(', ')}`);
  const cut = r.precision === 'month' ? 7 : r.precision === 'year' ? 4 : 10;
  const start = r.start.slice(0, cut);
  const end = r.end.slice(0, cut);
  return { start, ...(end !== start ? { end } : {}), precision: r.precision as EventTime['precision'] };
}

function exportedPlace(r: ExportedRow, lookup: Lookup): DraftLocation | Skip {
  const role = (PLACE_ROLES as readonly string[]).includes(r.placeRole)
    ? (r.placeRole as PlaceRole)
    : 'venue';
  if (lookup.places.has(r.placeId)) return { kind: 'gazetteer', id: r.placeId, role };
  const lat = readCoordinate(r.lat, 90);
  const lon = readCoordinate(r.lon, 180);
  if (lat === null) return skip('lat', `latitude ${r.lat} is out of range`);
  if (lon === null) return skip('lon', `longitude ${r.lon} is out of range`);
  const placeKind = (PLACE_KINDS as readonly string[]).includes(r.placeKind)
    ? (r.placeKind as PlaceKind)
    : 'site';
  return { kind: 'point', id: r.placeId, name: r.place || r.placeId, lat, lon, placeKind, role };
}

/** Rows (with their file row numbers) → one draft per run of rows with the same id. */
export function draftsFromExport(
  rows: readonly { row: number; value: ExportedRow }[],
  lookup: Lookup,
): { row: number; draft: Draft | Skip }[] {
  const ids = new Set(rows.map((r) => r.value.id));
  const out: { row: number; draft: Draft | Skip }[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as { row: number; value: ExportedRow };
    const r = first.value;
    let j = i + 1;
    while (j < rows.length && rows[j]?.value.id === r.id) j++;
    const time = exportedTime(r);
    const fields = exportedFields(r.fields);
    const locations: DraftLocation[] = [];
    let bad: Skip | null = 'skip' in time ? time : 'skip' in fields ? fields : null;
    const properties = 'table' in fields ? fields.table : undefined;
    for (let k = i; k < j && !bad; k++) {
      const loc = exportedPlace((rows[k] as { value: ExportedRow }).value, lookup);
      if ('skip' in loc) bad = loc;
      else locations.push(loc);
    }
    out.push({
      row: first.row,
      draft:
        bad ??
        ({
          id: r.id,
          title: r.title,
          summary: r.summary,
          time: time as EventTime,
          status: r.status,
          locations,
          topics: r.topics,
          actors: r.actors,
          sources: r.sources,
          related: r.related.filter((id) => ids.has(id) && id !== r.id),
          ...(properties ? { properties } : {}),
        } satisfies Draft),
    });
    i = j;
  }
  return out;
}

/** "Outlet: Headline (2008-11-14) https://…", as the CSV export writes a source. */
export function parseExportedSource(text: string): DraftSource {
  // "Outlet: Headline (YYYY-MM-DD) URL", each part after the outlet only when the source had it.
  const m = /^(.*?)(?:: (.*?))?(?: \((\d{4}-\d{2}-\d{2})\))?(?: (https?:\/\/\S+))?$/s.exec(text);
  if (!m) return { outlet: text };
  return {
    outlet: m[1] as string,
    ...(m[2] !== undefined ? { headline: m[2] } : {}),
    ...(m[3] !== undefined ? { published: m[3] } : {}),
    ...(m[4] ? { url: m[4] } : {}),
  };
}

/** A CSV cell the export guarded against formula injection ("'=x") read back as written ("=x"). */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
