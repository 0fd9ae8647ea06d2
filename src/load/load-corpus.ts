// Loads data/corpus.json and the gazetteer geo/places.json, validates them at the edge and builds
// the read-only model. Bad records come back as problems; the good ones still load.
import corpusUrl from '../../data/corpus.json?url';
import placesUrl from '../../geo/places.json?url';
import type { ColumnMapping, Preset } from '../core/import';
import type { ImportMessage } from './corpus-messages';
import { type CorpusResult, type LoadProgress, runCorpusJobInWorker } from './corpus-worker-client';
import { loadDatasetText } from './dataset-store';
import { fetchText } from './fetch-json';
import { type ImportedResult, runImportJobInWorker } from './import-worker-client';
import { keepSettled } from './keeping';

export type { CorpusResult, LoadProgress };

const CORPUS_FILE = 'data/corpus.json';
const PLACES_FILE = 'geo/places.json';

/**
 * Fetches data/corpus.json and the gazetteer geo/places.json as text, then parses, validates and
 * indexes them in a worker. `boundaryIds` may still be loading: the files are fetched meanwhile.
 */
export async function loadCorpus(
  signal?: AbortSignal,
  boundaryIdsLoading?: Promise<ReadonlySet<string> | undefined>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<CorpusResult> {
  const [corpus, places] = await Promise.all([
    fetchText(corpusUrl, `the event corpus (${CORPUS_FILE})`, signal),
    fetchText(placesUrl, `the gazetteer (${PLACES_FILE})`, signal),
  ]);
  if (!corpus.ok) return corpus;
  if (!places.ok) return places;
  const boundaryIds = await boundaryIdsLoading;
  return runCorpusJobInWorker(
    {
      kind: 'files',
      corpusText: corpus.text,
      corpusFile: CORPUS_FILE,
      placesText: places.text,
      placesFile: PLACES_FILE,
      ...(boundaryIds ? { boundaryIds: [...boundaryIds] } : {}),
    },
    signal,
    onProgress,
  );
}

/** Largest synthetic corpus the `?synthetic=N` switch builds (it lives in the tab's memory). */
export const MAX_SYNTHETIC = 1_000_000;
/** Above this many synthetic events the app asks before building them (~800 bytes of memory each). */
export const SYNTHETIC_CONFIRM_ABOVE = 100_000;
/** Rough memory a synthetic event takes in the tab, for the confirmation's estimate. */
export const SYNTHETIC_BYTES_PER_EVENT = 800;

/** Reads `?synthetic=N` (the scale check); null when absent or not a whole number in range. */
export function syntheticSize(search: string): number | null {
  const raw = new URLSearchParams(search).get('synthetic');
  if (raw === null || !/^\d{1,7}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_SYNTHETIC ? n : null;
}

/** A seeded synthetic corpus over the real gazetteer, for checking the app at wire-service scale. */
export async function loadSyntheticCorpus(
  size: number,
  signal?: AbortSignal,
  onProgress?: (progress: LoadProgress) => void,
): Promise<CorpusResult> {
  const places = await fetchText(placesUrl, `the gazetteer (${PLACES_FILE})`, signal);
  if (!places.ok) return places;
  return runCorpusJobInWorker(
    { kind: 'synthetic', size, seed: 42, placesText: places.text, placesFile: PLACES_FILE },
    signal,
    onProgress,
  );
}

/** Loads a dataset kept in this browser (an earlier import), like the bundled corpus. */
export async function loadStoredDataset(
  id: string,
  signal?: AbortSignal,
  boundaryIdsLoading?: Promise<ReadonlySet<string> | undefined>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<CorpusResult> {
  const [stored, places] = await Promise.all([
    // A dataset this tab has just imported is read back once its copy is written (Back, then Forward).
    keepSettled(id).then(() => loadDatasetText(id)),
    fetchText(placesUrl, `the gazetteer (${PLACES_FILE})`, signal),
  ]);
  if (!stored.ok) return stored;
  if (!places.ok) return places;
  return openCorpusText(
    stored.value.text,
    stored.value.info.fileName,
    places.text,
    signal,
    boundaryIdsLoading,
    onProgress,
  );
}

/** Validates and indexes a converted corpus (Dateline JSON text) in the worker, like the bundled one. */
export async function openCorpusText(
  corpusText: string,
  fileName: string,
  placesText?: string,
  signal?: AbortSignal,
  boundaryIdsLoading?: Promise<ReadonlySet<string> | undefined>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<CorpusResult> {
  let gazetteer = placesText;
  if (gazetteer === undefined) {
    const places = await fetchText(placesUrl, `the gazetteer (${PLACES_FILE})`, signal);
    if (!places.ok) return places;
    gazetteer = places.text;
  }
  const boundaryIds = await boundaryIdsLoading;
  return runCorpusJobInWorker(
    {
      kind: 'files',
      corpusText,
      corpusFile: fileName,
      placesText: gazetteer,
      placesFile: PLACES_FILE,
      ...(boundaryIds ? { boundaryIds: [...boundaryIds] } : {}),
    },
    signal,
    onProgress,
  );
}

export interface ImportRequest {
  readonly text: string;
  readonly fileName: string;
  /** The file `text` was read from: posted instead of the text (a handle, not a copy of 30 MB). */
  readonly file?: Blob;
  readonly preset?: Preset | 'auto';
  readonly mapping?: ColumnMapping;
  /** The `?data=` address the text came from: it is kept under that address, with its mapping. */
  readonly sourceUrl?: string;
}

/**
 * Converts and validates a user's file in the worker, which keeps it in IndexedDB (`keep`) and opens the
 * converted corpus as it is: the model comes back like the bundled corpus's, with the import's summary.
 */
export async function importAndOpen(
  request: ImportRequest,
  keep: ImportMessage['keep'],
  signal?: AbortSignal,
  boundaryIds?: ReadonlySet<string>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<CorpusResult> {
  const message = await importMessage(request, keep, true, signal, boundaryIds);
  if (!message.ok) return message;
  // Marks for the browser benchmark and tests: from posting the file to the opened model.
  performance.mark('dateline:import-start');
  const result = await runCorpusJobInWorker(message.value, signal, onProgress);
  performance.mark('dateline:import-end');
  return result;
}

/** Converts a user's file in the worker and keeps it (`keep`) without opening it: the summary comes back. */
export async function importFile(
  request: ImportRequest,
  keep: ImportMessage['keep'],
  signal?: AbortSignal,
  boundaryIds?: ReadonlySet<string>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<ImportedResult> {
  const message = await importMessage(request, keep, false, signal, boundaryIds);
  if (!message.ok) return message;
  return runImportJobInWorker(message.value, signal, onProgress);
}

async function importMessage(
  request: ImportRequest,
  keep: ImportMessage['keep'],
  open: boolean,
  signal?: AbortSignal,
  boundaryIds?: ReadonlySet<string>,
): Promise<{ ok: true; value: ImportMessage } | { ok: false; error: string }> {
  const places = await fetchText(placesUrl, `the gazetteer (${PLACES_FILE})`, signal);
  if (!places.ok) return places;
  const job: ImportMessage['job'] = {
    kind: 'import',
    text: request.file ? '' : request.text,
    fileName: request.fileName,
    ...(request.preset ? { preset: request.preset } : {}),
    ...(request.mapping ? { mapping: request.mapping } : {}),
    placesText: places.text,
    placesFile: PLACES_FILE,
    ...(boundaryIds ? { boundaryIds: [...boundaryIds] } : {}),
  };
  const file = request.file ? { file: request.file } : {};
  return { ok: true, value: { type: 'import', job, open, ...file, ...(keep ? { keep } : {}) } };
}
