// One export row per event–place pair, shared by the GeoJSON and CSV writers so both files carry
// the same facts in the same order. Rows are built from index positions, i.e. from the events a
// query (or the map) currently shows.
import { formatIsoDay } from '../dates';
import type { CorpusModel } from '../model';
import type { PlaceKind, PlaceRole, Precision, PropertyValue, Status } from '../types';

export interface ExportSource {
  readonly outlet: string;
  /** Null when the corpus names only the outlet (src/core/types.ts Source). */
  readonly headline: string | null;
  /** Publication date, YYYY-MM-DD; null when not known. */
  readonly date: string | null;
  /** http(s) only (the validator guarantees it); null when the corpus gives no link. */
  readonly url: string | null;
}

export interface ExportRow {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /**
   * First and last day (YYYY-MM-DD) of the event's interval widened to its precision: an event
   * dated "August 2008" exports as 2008-08-01 … 2008-08-31 with precision `month`. Read `precision`
   * to know how exact these two days are.
   */
  readonly start: string;
  readonly end: string;
  readonly precision: Precision;
  readonly status: Status;
  /** Place name. */
  readonly place: string;
  readonly placeId: string;
  readonly placeKind: PlaceKind;
  readonly placeRole: PlaceRole;
  /** Topic ids. */
  readonly topics: readonly string[];
  /** Actor names. */
  readonly actors: readonly string[];
  readonly sources: readonly ExportSource[];
  /** Ids of related events. */
  readonly related: readonly string[];
  /** Representative point of the place, WGS84 degrees rounded to 6 decimals (about 0.1 m). */
  readonly lon: number;
  readonly lat: number;
  /**
   * The event's imported columns kept as they were (ACLED `fatalities`, a GeoJSON file's other
   * properties), when it has any: written as `fields`, so an imported dataset exports without loss.
   */
  readonly fields?: Readonly<Record<string, PropertyValue>>;
}

/** Columns of the CSV file and keys of the GeoJSON properties, in this order. */
export const EXPORT_COLUMNS = [
  'id',
  'title',
  'summary',
  'start',
  'end',
  'precision',
  'status',
  'place',
  'placeId',
  'placeKind',
  'placeRole',
  'topics',
  'actors',
  'sources',
  'related',
] as const satisfies readonly (keyof ExportRow)[];

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** 6 decimals of a degree ≈ 0.11 m: more digits only add noise (RFC 7946 §11.2). */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

/**
 * Rows for the events at `positions` (into model.index.events), in that order, one per place of
 * each event in the event's own place order. A place missing from the gazetteer is skipped (the
 * validator already drops events whose places do not resolve).
 */
export function buildExportRows(model: CorpusModel, positions: Int32Array): ExportRow[] {
  const { index } = model;
  const rows: ExportRow[] = [];
  for (const p of positions) {
    const event = index.events[p];
    if (!event) continue;
    const start = formatIsoDay(index.start[p] ?? 0);
    const end = formatIsoDay(index.end[p] ?? 0);
    const actors = event.actors.map((id) => model.actors.get(id)?.name ?? id);
    const sources = event.sources.flatMap((id): ExportSource[] => {
      const source = model.sources.get(id);
      if (!source) return [];
      return [
        {
          outlet: source.outlet,
          headline: source.headline ?? null,
          date: source.published ?? null,
          url: source.url ?? null,
        },
      ];
    });
    const related = event.related.map((r) => r.event);
    const fields =
      event.properties && Object.keys(event.properties).length > 0 ? event.properties : undefined;
    for (const ep of event.places) {
      const place = model.places.get(ep.place);
      if (!place) continue;
      rows.push({
        id: event.id,
        title: event.title,
        summary: event.summary,
        start,
        end,
        precision: event.time.precision,
        status: event.status,
        place: place.name,
        placeId: place.id,
        placeKind: place.kind,
        placeRole: ep.role,
        topics: event.topics,
        actors,
        sources,
        related,
        lon: roundCoordinate(place.lon),
        lat: roundCoordinate(place.lat),
        ...(fields ? { fields } : {}),
      });
    }
  }
  return rows;
}
