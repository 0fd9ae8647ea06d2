// "Add to dataset": the reviewed drafts written into the open imported dataset, or into a new kept copy
// when that cannot take them in place: the bundled corpus (not writable) becomes "Bundled corpus + my
// drafts", and a dataset from an address (`?data=`, read afresh on every visit, which would overwrite
// the drafts) becomes "<its name> + my drafts", a dataset of its own.
// One IndexedDB write (src/load/dataset-store.ts); the caller then opens the dataset.
import corpusUrl from '../../data/corpus.json?url';
import { eventInterval, formatIsoDay } from '../core/dates';
import { type CorpusLists, draftsCopyName, type ReviewResult } from '../core/review';
import type { EventTime } from '../core/types';
import { type DatasetInfo, loadDatasetText, newDatasetId, saveDataset } from './dataset-store';
import { fetchText } from './fetch-json';

export const BUNDLED_COPY_NAME = draftsCopyName('Bundled corpus');

export type SaveReview =
  | {
      readonly ok: true;
      readonly datasetId: string;
      readonly added: readonly string[];
      readonly merged: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/** First and last day the events cover, for the dataset list. */
function coveredDays(events: readonly unknown[]): { from: string | null; to: string | null } {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const days = eventInterval((e as { time: EventTime }).time);
    if (!days) continue;
    from = Math.min(from, days.start);
    to = Math.max(to, days.end);
  }
  return Number.isFinite(from)
    ? { from: formatIsoDay(from), to: formatIsoDay(to) }
    : { from: null, to: null };
}

async function readCorpus(
  datasetId: string | null,
): Promise<{ ok: true; corpus: CorpusLists; info: DatasetInfo } | { ok: false; error: string }> {
  if (datasetId) {
    const stored = await loadDatasetText(datasetId);
    if (!stored.ok) return stored;
    const corpus = JSON.parse(stored.value.text) as CorpusLists;
    const { sourceUrl, mapping, ...kept } = stored.value.info;
    if (sourceUrl === undefined) return { ok: true, corpus, info: stored.value.info };
    const name = draftsCopyName(kept.name);
    return {
      ok: true,
      corpus,
      info: { ...kept, id: newDatasetId(), name, importedAt: new Date().toISOString() },
    };
  }
  const bundled = await fetchText(corpusUrl, 'the event corpus (data/corpus.json)');
  if (!bundled.ok) return bundled;
  const info = {
    id: newDatasetId(),
    name: BUNDLED_COPY_NAME,
    fileName: BUNDLED_COPY_NAME,
    events: 0,
    from: null,
    to: null,
    importedAt: new Date().toISOString(),
  };
  return { ok: true, corpus: JSON.parse(bundled.text) as CorpusLists, info };
}

export async function saveReview(
  datasetId: string | null,
  apply: (corpus: CorpusLists) => ReviewResult,
): Promise<SaveReview> {
  let read: Awaited<ReturnType<typeof readCorpus>>;
  try {
    read = await readCorpus(datasetId);
  } catch (error) {
    return {
      ok: false,
      error: `Could not read the dataset: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!read.ok) return read;
  const result = apply(read.corpus);
  if (!result.ok) return { ok: false, error: result.problems.map((p) => p.message).join('; ') };
  const info: DatasetInfo = {
    ...read.info,
    events: result.corpus.events.length,
    ...coveredDays(result.corpus.events),
  };
  const saved = await saveDataset(info, JSON.stringify(result.corpus));
  if (!saved.ok) return saved;
  return { ok: true, datasetId: info.id, added: result.added, merged: result.merged };
}
