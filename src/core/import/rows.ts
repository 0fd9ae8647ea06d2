// The loop every tabular reader shares: each data row through a row reader, into the builder, with
// the report, progress and cancellation. Empty lines are passed over and not counted.
import type { CorpusBuilder } from './builder';
import { type Draft, isSkip, type Skip } from './draft';
import { streamTable } from './table';
import type { SkippedRow, Sniff } from './types';

export type RowReader = (cells: readonly string[], row: number) => Draft | Skip;

export interface RowsOutcome {
  readonly rowsRead: number;
  readonly skipped: SkippedRow[];
  readonly cancelled: boolean;
}

/**
 * Reads the rows of `text` a chunk at a time (streamTable), each through `read` into the builder:
 * only one chunk's cells are alive at once, never the whole table, so 100k rows are not kept alive
 * (and walked by every garbage collection) through the builder. Cancel is checked per chunk.
 */
export function runRows(
  text: string,
  sniff: Sniff,
  read: RowReader,
  builder: CorpusBuilder,
  opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
): RowsOutcome {
  const skipped: SkippedRow[] = [];
  let rowsRead = 0;
  let cancelled = false;
  opts.onProgress?.(0);
  streamTable(text, sniff, (table, fraction) => {
    if (opts.signal?.aborted) {
      cancelled = true;
      return false;
    }
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i] as string[];
      if (cells.length === 1 && (cells[0] as string).trim() === '') continue;
      rowsRead++;
      const row = table.firstRow + i;
      const error = table.errors.get(i);
      if (error !== undefined) {
        skipped.push({ row, column: '(row)', reason: `could not be parsed: ${error}` });
        continue;
      }
      addDraft(builder, read(cells, row), row, skipped);
    }
    opts.onProgress?.(fraction);
    return true;
  });
  if (!cancelled) opts.onProgress?.(1);
  return { rowsRead, skipped, cancelled };
}

/** One draft into the builder, or its reason into `skipped`. */
export function addDraft(
  builder: CorpusBuilder,
  draft: Draft | Skip,
  row: number,
  skipped: SkippedRow[],
): void {
  if (isSkip(draft)) {
    skipped.push({ row, column: draft.column, reason: draft.reason });
    return;
  }
  const id = builder.eventId(draft, row);
  if (id === null) {
    skipped.push({ row, column: 'id', reason: `id "${draft.id}" is used by an earlier row` });
    return;
  }
  const problem = builder.add(draft, id, row);
  if (problem) skipped.push({ row, ...problem });
}
