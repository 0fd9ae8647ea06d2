// After an import is converted: its summary for the page, and its corpus kept in IndexedDB when asked —
// in the corpus worker (src/work/corpus-worker.ts) or, without a Worker, on the page.
import { type CorpusJobResult, importedDataset } from '../core/corpus-job';
import type { ImportedSummary, ImportMessage } from './corpus-messages';
import { saveDataset } from './dataset-store';

/** The summary, with `kept` when asked to keep; an error when keeping was required and failed. */
export async function keepImported(
  result: Extract<CorpusJobResult, { ok: true }>,
  keep: ImportMessage['keep'],
): Promise<
  { readonly ok: true; readonly value: ImportedSummary } | { readonly ok: false; readonly error: string }
> {
  if (!result.imported) return { ok: false, error: 'The file could not be converted' };
  const { corpusParts, report, events, from, to } = importedDataset(result, result.imported);
  const summary: ImportedSummary = { report, events, from, to };
  if (!keep) return { ok: true, value: summary };
  // One IndexedDB transaction: the whole dataset and its entry in the list, or nothing.
  const kept = await saveDataset({ ...keep.info, events, from, to }, corpusParts);
  if (!kept.ok && keep.required) return kept;
  return { ok: true, value: { ...summary, kept } };
}
