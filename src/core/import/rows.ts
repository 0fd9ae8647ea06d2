// The loop every tabular reader shares: each data row through a row reader, into the builder, with
// the report, progress and cancellation. Empty lines are passed over and not counted.
import type { CorpusBuilder } from './builder';
import { type Draft, isSkip, type Skip } from './draft';
import type { Table } from './table';
import type { SkippedRow } from './types';

export type RowReader = (cells: readonly string[], row: number) => Draft | Skip;

export interface RowsOutcome {
  readonly rowsRead: number;
  readonly skipped: SkippedRow[];
  readonly cancelled: boolean;
}

/** Progress is reported every this many rows (and checks for Cancel). */
const PROGRESS_EVERY = 5000;

/**
 * Consumes `table`: each row's cells are let go once read, so the cells of 100k rows are not kept
 * alive (and walked by every garbage collection) through the builder and the validation after it.
 */
export function runRows(
  table: Table,
  read: RowReader,
  builder: CorpusBuilder,
  opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
): RowsOutcome {
  const skipped: SkippedRow[] = [];
  let rowsRead = 0;
  const rows = table.rows as (string[] | undefined)[];
  for (let i = 0; i < rows.length; i++) {
    if (i % PROGRESS_EVERY === 0) {
      if (opts.signal?.aborted) return { rowsRead, skipped, cancelled: true };
      opts.onProgress?.(i / rows.length);
    }
    const cells = rows[i] as string[];
    rows[i] = undefined;
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
  opts.onProgress?.(1);
  return { rowsRead, skipped, cancelled: false };
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
