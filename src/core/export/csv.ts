// CSV export (RFC 4180): a header row, then one row per event–place pair, CRLF line endings.
// Lists are joined with "; "; a source reads "Outlet: Headline (YYYY-MM-DD) URL", each part after the
// outlet only when the source has it ("Outlet URL" for an outlet named with a link and no article).
import { EXPORT_COLUMNS, type ExportRow, type ExportSource } from './rows';

const LIST_SEPARATOR = '; ';
const LINE_END = '\r\n';
/** A field needs quotes when it holds a quote, a comma, a CR or a LF (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Spreadsheets run a cell that begins with one of these as a formula ("CSV injection"), and corpus
 * text is not ours to trust. Such a field is prefixed with an apostrophe, which Excel, LibreOffice
 * and Google Sheets show as text. This changes the data by one leading character, on purpose.
 * TAB and CR are on OWASP's list too: some spreadsheets drop them and then run the `=` behind them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function formatSource(source: ExportSource): string {
  let text = source.outlet;
  if (source.headline !== null) text += `: ${source.headline}`;
  if (source.date !== null) text += ` (${source.date})`;
  return source.url ? `${text} ${source.url}` : text;
}

/** One field, guarded against formula injection, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The CSV's columns: the GeoJSON properties, then the place's point (GeoJSON has it as geometry),
 * so an exported CSV re-imports with its own places (src/core/import).
 */
export const CSV_COLUMNS = [...EXPORT_COLUMNS, 'lat', 'lon'] as const;
/**
 * After them, when an exported event has imported columns (ExportRow.fields): a `fields` column of
 * each event's as a JSON object, empty for events without. Exports of data without any have no such column.
 */
export const FIELDS_COLUMN = 'fields';
type CsvColumn = (typeof CSV_COLUMNS)[number] | typeof FIELDS_COLUMN;

const CELL: Record<CsvColumn, (row: ExportRow) => string> = {
  id: (r) => r.id,
  title: (r) => r.title,
  summary: (r) => r.summary,
  start: (r) => r.start,
  end: (r) => r.end,
  precision: (r) => r.precision,
  status: (r) => r.status,
  place: (r) => r.place,
  placeId: (r) => r.placeId,
  placeKind: (r) => r.placeKind,
  placeRole: (r) => r.placeRole,
  topics: (r) => r.topics.join(LIST_SEPARATOR),
  actors: (r) => r.actors.join(LIST_SEPARATOR),
  sources: (r) => r.sources.map(formatSource).join(LIST_SEPARATOR),
  related: (r) => r.related.join(LIST_SEPARATOR),
  lat: (r) => String(r.lat),
  lon: (r) => String(r.lon),
  fields: (r) => (r.fields ? JSON.stringify(r.fields) : ''),
};

/** The file's text, every record (the last included) ended by CRLF. */
export function serializeCsv(rows: readonly ExportRow[]): string {
  const columns: readonly CsvColumn[] = rows.some((r) => r.fields)
    ? [...CSV_COLUMNS, FIELDS_COLUMN]
    : CSV_COLUMNS;
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(CELL[column](row))).join(','));
  return lines.join(LINE_END) + LINE_END;
}
