// After an import is converted: its summary for the page, and its corpus kept in IndexedDB when asked —
// in the corpus worker (src/work/corpus-worker.ts) or, without a Worker, on the page.
import { type CorpusJobResult, importedDataset } from '../core/corpus-job';
import type { DatasetToKeep, ImportedSummary, ImportMessage } from './corpus-messages';
import { type DatasetInfo, type Stored, saveDataset } from './dataset-store';

type Converted = Extract<CorpusJobResult, { ok: true }>;

/** The summary, with `kept` when asked to keep; an error when keeping was required and failed. */
export async function keepImported(
  result: Converted,
  keep: ImportMessage['keep'],
): Promise<Stored<ImportedSummary>> {
  if (!result.imported) return { ok: false, error: 'The file could not be converted' };
  const { report, events, from, to } = importedDataset(result, result.imported);
  const summary: ImportedSummary = { report, events, from, to };
  if (!keep) return { ok: true, value: summary };
  const kept = await keepCorpus(result, keep.info);
  if (!kept.ok && keep.required) return kept;
  return { ok: true, value: { ...summary, kept } };
}

/** Keeps the converted corpus under `info`, in one IndexedDB transaction: the whole dataset, or nothing. */
export async function keepCorpus(result: Converted, info: DatasetToKeep): Promise<Stored<DatasetInfo>> {
  if (!result.imported) return { ok: false, error: 'The file could not be converted' };
  const { corpusParts, events, from, to } = importedDataset(result, result.imported);
  return saveDataset({ ...info, events, from, to }, corpusParts);
}
