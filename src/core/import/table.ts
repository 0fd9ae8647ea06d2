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

const papaConfig = (sniff: Sniff) => ({
  delimiter: sniff.delimiter ?? '',
  // Empty lines are kept (and skipped by the importer) so row numbers stay the file's.
  skipEmptyLines: false,
  // GDELT cells are never quoted; a stray " in a URL must not swallow the next lines.
  ...(sniff.format === 'gdelt' ? { quoteChar: '\u0000' } : {}),
});

const headersOf = (data: readonly string[][], sniff: Sniff): string[] =>
  sniff.hasHeader ? (data[0] ?? []).map((h) => h.trim()) : defaultHeaders(sniff, data[0]?.length ?? 0);

export function parseTable(text: string, sniff: Sniff, preview = 0): Table {
  const parsed = Papa.parse<string[]>(stripBom(text), {
    ...papaConfig(sniff),
    preview: preview > 0 ? preview + (sniff.hasHeader ? 1 : 0) : 0,
  });
  const data = parsed.data;
  const headers = headersOf(data, sniff);
  const rows = sniff.hasHeader ? data.slice(1) : data;
  const shift = sniff.hasHeader ? 1 : 0;
  const errors = new Map<number, string>();
  for (const e of parsed.errors)
    if (e.row !== undefined && e.code !== 'UndetectableDelimiter') errors.set(e.row - shift, e.message);
  return { headers, rows, firstRow: shift + 1, errors };
}

/** Characters papaparse reads per chunk when streaming: a few thousand rows alive at a time. */
const CHUNK_CHARS = 2 * 1024 * 1024;

/**
 * Streams `text` through papaparse a chunk at a time: `onRows` gets each chunk's rows as a Table
 * (its `firstRow` the file row of its first row; the header row left out), so the cells of a whole
 * file are never alive at once. `onRows` returns false to stop. Returns the headers.
 */
export function streamTable(
  text: string,
  sniff: Sniff,
  onRows: (chunk: Table, fraction: number) => boolean,
  chunkChars = CHUNK_CHARS,
): readonly string[] {
  const body = stripBom(text);
  // The first row, and the line break and delimiter papaparse guesses from the head of the whole text,
  // so every chunk (even one too short to hold a line break) is read the same way.
  const head = Papa.parse<string[]>(body, { ...papaConfig(sniff), preview: 1 });
  const headers = headersOf(head.data, sniff);
  // Rows parsed so far, the header row included: the file row of data[i] is seen + i + 1.
  let seen = 0;
  // papaparse streams a string synchronously, chunk by chunk (its types list `chunk` for files only).
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number;
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void;
  } = {
    ...papaConfig(sniff),
    delimiter: head.meta.delimiter,
    newline: head.meta.linebreak as Papa.ParseConfig['newline'],
    chunkSize: chunkChars,
    chunk(results, parser) {
      const skip = seen === 0 && sniff.hasHeader ? 1 : 0;
      const errors = new Map<number, string>();
      for (const e of results.errors)
        if (e.row !== undefined && e.code !== 'UndetectableDelimiter') errors.set(e.row - skip, e.message);
      const rows = skip ? results.data.slice(1) : results.data;
      const firstRow = seen + skip + 1;
      seen += results.data.length;
      const fraction = Math.min(1, results.meta.cursor / body.length);
      if (!onRows({ headers, rows, firstRow, errors }, fraction)) parser.abort();
    },
  };
  Papa.parse<string[]>(body, config);
  return headers;
}
