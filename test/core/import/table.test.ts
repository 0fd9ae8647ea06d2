// streamTable reads a file a chunk at a time; whatever the chunk size, it must see the same rows,
// file row numbers and parse errors as one parse of the whole text (parseTable).
import { describe, expect, it } from 'vitest';
import { parseTable, streamTable } from '../../../src/core/import/table';
import type { Sniff } from '../../../src/core/import/types';
import { benchFile } from '../../bench/import-data';

const CSV: Sniff = { format: 'csv', preset: 'custom', delimiter: ',', hasHeader: true };
const GDELT: Sniff = { format: 'gdelt', preset: 'gdelt', delimiter: '\t', hasHeader: false };

/** Every row with its file row and parse error, as streamed in chunks of `size` characters. */
function streamed(text: string, sniff: Sniff, size: number) {
  const out: { row: number; cells: readonly string[]; error?: string }[] = [];
  const headers = streamTable(
    text,
    sniff,
    (t) => {
      t.rows.forEach((cells, i) => {
        const error = t.errors.get(i);
        out.push({ row: t.firstRow + i, cells, ...(error === undefined ? {} : { error }) });
      });
      return true;
    },
    size,
  );
  return { headers, rows: out };
}

function whole(text: string, sniff: Sniff) {
  const t = parseTable(text, sniff);
  return {
    headers: t.headers,
    rows: t.rows.map((cells, i) => {
      const error = t.errors.get(i);
      return { row: t.firstRow + i, cells, ...(error === undefined ? {} : { error }) };
    }),
  };
}

describe('streamTable', () => {
  const tricky =
    '\ufeffid, date ,notes\r\n1,2024-01-02,"a quoted\r\nnewline, and a comma"\r\n\r\n2,2024-01-03,"say ""hi"""\r\n' +
    '3,2024-01-04,plain\r\n4,2024-01-05,"stray " quote\r\n5,2024-01-06,"last"';
  for (const size of [7, 16, 33, 1000])
    it(`sees the rows, row numbers and errors of one parse, in chunks of ${size} characters`, () => {
      const got = streamed(tricky, CSV, size);
      expect(got).toEqual(whole(tricky, CSV));
      expect(got.rows.map((r) => r.row)).toContain(5);
    });

  it('gives a headerless GDELT file its column names and every row', () => {
    const text = benchFile('gdelt', 50);
    const got = streamed(text, GDELT, 999);
    expect(got).toEqual(whole(text, GDELT));
    expect(got.headers[0]).toBe('GLOBALEVENTID');
    expect(got.rows.at(-2)?.row).toBe(50);
  });

  it('stops when asked to', () => {
    let chunks = 0;
    streamTable(benchFile('acled', 100), CSV, () => ++chunks < 2, 2000);
    expect(chunks).toBe(2);
  });
});
