// One row read from a file, before it becomes corpus records: what every reader (CSV presets,
// GeoJSON, the custom mapping) produces, and the date and coordinate readers they share.
import { formatIsoDay, MONTH_NAMES, parsePartialDate, toDayNumber } from '../dates';
import type { AreaGeometry, EventTime, PlaceKind, PlaceRole, PropertyValue } from '../types';

export type DraftLocation =
  /** A gazetteer place by id (a country drawn as its area). */
  | { readonly kind: 'gazetteer'; readonly id: string; readonly role: PlaceRole }
  /** The row's own point. */
  | {
      readonly kind: 'point';
      readonly name: string;
      readonly lat: number;
      readonly lon: number;
      readonly placeKind: PlaceKind;
      readonly role: PlaceRole;
      /** Reuse this id (a Dateline export's placeId) instead of numbering the place. */
      readonly id?: string;
    }
  /** The row's own outline. */
  | {
      readonly kind: 'area';
      readonly name: string;
      readonly geometry: AreaGeometry;
      readonly lat: number;
      readonly lon: number;
      readonly role: PlaceRole;
    };

export interface DraftSource {
  readonly outlet: string;
  readonly headline?: string;
  readonly published?: string;
  readonly url?: string;
}

export interface Draft {
  readonly id?: string;
  readonly title: string;
  readonly summary?: string;
  readonly time: EventTime;
  readonly locations: readonly DraftLocation[];
  /** Topic labels (or ids for a Dateline export); the first is the main topic. */
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly DraftSource[];
  readonly related?: readonly string[];
  readonly status?: string;
  readonly properties?: Readonly<Record<string, PropertyValue>>;
}

/** Why a row was not loaded: the column at fault and a sentence. */
export interface Skip {
  readonly skip: true;
  readonly column: string;
  readonly reason: string;
}

export const skip = (column: string, reason: string): Skip => ({ skip: true, column, reason });
export const isSkip = <T extends object>(value: T | Skip): value is Skip => 'skip' in value;

export interface ReadDate {
  readonly text: string;
  readonly form: 'day' | 'month' | 'year';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The app's rule: real calendar dates from year 1000 to 9999. */
function checked(text: string): ReadDate | null {
  const parsed = parsePartialDate(text);
  if (!parsed || parsed.year < 1000) return null;
  return { text, form: parsed.form };
}

/**
 * A date cell: ISO (`2024-01-31`, `2024-01-31T10:00:00Z`, `2024-01`, `2024`), ACLED's
 * `31 January 2024`, GDELT's `20240131`, or epoch milliseconds (a number or 12–13 digits).
 */
export function readDate(raw: string | number): ReadDate | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? epoch(raw) : null;
  const text = raw.trim();
  let m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return checked(m[1] as string);
  if (/^\d{4}(-\d{2})?$/.test(text)) return checked(text);
  m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  if (m) {
    const word = (m[2] as string).toLowerCase();
    const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(word));
    if (month < 0 || word.length < 3) return null;
    return checked(`${m[3]}-${pad(month + 1)}-${pad(Number(m[1]))}`);
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return checked(m[3] === '00' ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`);
  if (/^-?\d{12,13}$/.test(text)) return epoch(Number(text));
  return null;
}

function epoch(ms: number): ReadDate | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return checked(new Date(ms).toISOString().slice(0, 10));
}

/** `date` moved by `days` (a full YYYY-MM-DD date). */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatIsoDay(toDayNumber(y as number, m as number, d as number) + days);
}

/** A latitude or longitude cell; null when missing or out of range. */
export function readCoordinate(raw: string | number | undefined, limit: 90 | 180): number | null {
  if (raw === undefined || raw === '') return null;
  const n = typeof raw === 'number' ? raw : Number(raw.trim().replace(',', '.'));
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/** Time of a date (or a start and end): precision follows the written form. */
export function timeOf(start: ReadDate, end?: ReadDate | null): EventTime {
  if (!end || end.text === start.text) return { start: start.text, precision: start.form };
  if (end.form === start.form) return { start: start.text, end: end.text, precision: start.form };
  return { start: start.text, end: end.text, precision: 'approximate' };
}
