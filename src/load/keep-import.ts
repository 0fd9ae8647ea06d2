// After an import is converted: its summary for the page, and its corpus kept in IndexedDB when asked —
// in the corpus worker (src/work/corpus-worker.ts) or, without a Worker, on the page.
import { type CorpusJobResult, datasetSpan, importedDataset } from '../core/corpus-job';
import type { DatasetToKeep, ImportedSummary, ImportMessage } from './corpus-messages';
import { type DatasetInfo, type Stored, saveDataset } from './dataset-store';

type Converted = Extract<CorpusJobResult, { ok: true }>;

const NOT_CONVERTED = { ok: false, error: 'The file could not be converted' } as const;

/** What the page is told of a converted import: its report, events and dates (nothing kept yet). */
export function importSummary(result: Converted): Stored<ImportedSummary> {
  if (!result.imported) return NOT_CONVERTED;
  // Not its text: the corpus worker sends this before the text is written (src/core/corpus-job.ts).
  return { ok: true, value: { report: result.imported.report, ...datasetSpan(result) } };
}

/** The summary, with `kept` when asked to keep; an error when keeping was required and failed. */
export async function keepImported(
  result: Converted,
  keep: ImportMessage['keep'],
): Promise<Stored<ImportedSummary>> {
  const summary = importSummary(result);
  if (!summary.ok || !keep) return summary;
  const kept = await keepCorpus(result, keep.info);
  if (!kept.ok && keep.required) return kept;
  return { ok: true, value: { ...summary.value, kept } };
}

/** Keeps the converted corpus under `info`, in one IndexedDB transaction: the whole dataset, or nothing. */
export async function keepCorpus(result: Converted, info: DatasetToKeep): Promise<Stored<DatasetInfo>> {
  if (!result.imported) return NOT_CONVERTED;
  const { corpusParts, events, from, to } = importedDataset(result, result.imported);
  return saveDataset({ ...info, events, from, to }, corpusParts);
}
