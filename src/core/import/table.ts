// CSV/TSV text → header names and rows of strings, with papaparse (quoted newlines, BOM, CRLF).
// A file without a header gets its preset's column names (GDELT) or "1", "2", … by position.
import Papa from 'papaparse';
import { GDELT_COLUMNS } from './presets/gdelt-columns';
import { stripBom } from './sniff';
import type { Sniff } from './types';

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly string[][];
  /** The file row (as a user counts, from 1) of rows[0]. */
  readonly firstRow: number;
  /** Papa's structural errors (a row with a stray quote), by index into rows. */
  readonly errors: ReadonlyMap<number, string>;
}

function defaultHeaders(sniff: Sniff, width: number): string[] {
  if (sniff.preset === 'gdelt')
    return [...(width === GDELT_COLUMNS.v2.length ? GDELT_COLUMNS.v2 : GDELT_COLUMNS.v1)];
  return Array.from({ length: width }, (_, i) => String(i + 1));
}

export function parseTable(text: string, sniff: Sniff, preview = 0): Table {
  const parsed = Papa.parse<string[]>(stripBom(text), {
    delimiter: sniff.delimiter ?? '',
    // Empty lines are kept (and skipped by the importer) so row numbers stay the file's.
    skipEmptyLines: false,
    preview: preview > 0 ? preview + (sniff.hasHeader ? 1 : 0) : 0,
    // GDELT cells are never quoted; a stray " in a URL must not swallow the next lines.
    ...(sniff.format === 'gdelt' ? { quoteChar: '\u0000' } : {}),
  });
  const data = parsed.data;
  const headers = sniff.hasHeader
    ? (data[0] ?? []).map((h) => h.trim())
    : defaultHeaders(sniff, data[0]?.length ?? 0);
  const rows = sniff.hasHeader ? data.slice(1) : data;
  const shift = sniff.hasHeader ? 1 : 0;
  const errors = new Map<number, string>();
  for (const e of parsed.errors)
    if (e.row !== undefined && e.code !== 'UndetectableDelimiter') errors.set(e.row - shift, e.message);
  return { headers, rows, firstRow: shift + 1, errors };
}
