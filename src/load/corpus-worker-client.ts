// Runs a corpus job in a Web Worker and rebuilds the model on the page from what it posts: the index's
// typed arrays arrive transferred, and the events as their JSON text (one string per 10,000) that the
// page only keeps (src/core/lazy-events.ts reads an event when something shows it), so no step holds the
// main thread long and the page never holds a million events' objects. The worker then
// stays to answer the model's queries (src/load/view-querier.ts). An import that opens (`ImportMessage`)
// arrives the same way, with its report, and its copy is kept after (`kept`). Where there is no Worker
// (tests in jsdom), the same job runs in place.
import { adoptAggregation } from '../core/aggregate';
import type { CorpusJob, CorpusJobPhase } from '../core/corpus-job';
import { adoptExportCounts } from '../core/export';
import { assembleEventIndex } from '../core/index/event-index';
import { EventTexts, LazyEventMap, LazyPositionMap, lazyEventList, textsArriving } from '../core/lazy-events';
import { assembleCorpusModel, type CorpusModel, type corpusLookups } from '../core/model';
import type { Actor, Corpus, Place, Problem, Source } from '../core/types';
import { deepFreeze } from '../core/validate';
import { compactRecord, interner } from './compact-event';
import {
  type ImportedSummary,
  type ImportMessage,
  importJob,
  type KeepNowMessage,
  type RecordKinds,
  type WorkerMessage,
} from './corpus-messages';
import type { DatasetInfo, Stored } from './dataset-store';
import { registerQuerier, workerQuerier } from './view-querier';

export type CorpusResult =
  | {
      readonly ok: true;
      readonly model: CorpusModel;
      readonly problems: readonly Problem[];
      /** For an import: its report, summary and whether it was kept. */
      readonly imported?: ImportedSummary;
      /**
       * For an import that opens and is kept: settles once its copy is written, or with why it could not
       * be (the page shows the dataset before that: src/load/keeping.ts).
       */
      readonly kept?: Promise<Stored<DatasetInfo>>;
      /** Asks the worker to write the copy now, not after the page's first answers (the page left it). */
      readonly keepNow?: () => void;
    }
  | { readonly ok: false; readonly error: string; readonly missing?: true };

export interface LoadProgress {
  readonly phase: CorpusJobPhase | 'receiving' | 'downloading';
  /**
   * Events received so far, of `total` (receiving); percent of 100 (converting); bytes, of `total` or 0
   * when unknown (downloading); else 0 of 0.
   */
  readonly done: number;
  readonly total: number;
}

export function runCorpusJobInWorker(
  job: CorpusJob | ImportMessage,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<CorpusResult> {
  if (typeof Worker === 'undefined') return runInPlace(job);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../work/corpus-worker.ts', import.meta.url), { type: 'module' });
    let meta: Extract<WorkerMessage, { type: 'meta' }> | null = null;
    const isImport = 'type' in job;
    let imported: ImportedSummary | undefined;
    let opened: Extract<CorpusResult, { ok: true }> | null = null;
    // An import that opens is kept after: `kept` settles when the worker says, or when it is ended first.
    let settleKept: (kept: Stored<DatasetInfo>) => void = () => {};
    const kept =
      isImport && job.keep
        ? new Promise<Stored<DatasetInfo>>((resolve) => {
            settleKept = resolve;
          })
        : undefined;
    // Places and actors, frozen and filed by id a chunk at a time as they come; sources kept as texts.
    const records = { places: [] as Place[], actors: [] as Actor[] };
    const lookups = { places: new Map<string, Place>(), actors: new Map<string, Actor>() };
    const texts = new EventTexts();
    const sourceTexts = new EventTexts<Source>();
    // An import's version comes after it opens (`version`), before its texts.
    let version = '';
    const versionOf = () => version;
    /**
     * Takes an import's version and the events' and sources' texts, which may come before the model
     * opens (a small dataset) or after, when the querier has taken the worker's messages. True if taken.
     */
    const takeTexts = (message: WorkerMessage): boolean => {
      if (message.type === 'version') version = message.version;
      else if (message.type === 'events') texts.add(message.texts);
      else if (message.type === 'sources') sourceTexts.add(message.texts);
      else return false;
      return true;
    };
    // Repeated strings of the records kept once (src/load/compact-event.ts).
    const intern = interner();
    // From here on the worker answers the model's queries (the querier takes its messages).
    const serve = (result: Extract<CorpusResult, { ok: true }>) => {
      registerQuerier(result.model, workerQuerier(worker));
      // The querier takes the worker's messages from here on; the texts, `counts` and `kept` come after.
      worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
        if (takeTexts(e.data)) return;
        if (e.data.type === 'counts') adoptExportCounts(result.model, e.data.exportCounts);
        else if (e.data.type === 'kept') settleKept(e.data.kept);
      });
      const keepNow = () => worker.postMessage({ type: 'keep-now' } satisfies KeepNowMessage);
      resolve(imported ? { ...result, imported, ...(kept ? { kept, keepNow } : {}) } : result);
    };
    const finish = (result: CorpusResult) => {
      worker.terminate();
      resolve(result);
      // Ended before its copy was written: the worker's transaction is aborted with it, nothing is kept.
      settleKept({ ok: false, error: result.ok ? 'Keeping was stopped' : result.error });
    };
    // Once the model is in, the worker stays to answer its queries until the load is called off.
    signal?.addEventListener('abort', () => finish({ ok: false, error: 'Loading was cancelled' }));
    worker.onerror = (e) => finish({ ok: false, error: `Could not build the event index: ${e.message}` });
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const message = e.data;
      switch (message.type) {
        case 'phase':
          onProgress({
            phase: message.phase,
            done: message.percent ?? 0,
            total: message.percent === undefined ? 0 : 100,
          });
          return;
        case 'imported':
          imported = message.imported;
          if (opened) serve(opened);
          return;
        case 'error':
          finish({ ok: false, error: message.error });
          return;
        case 'records':
          fileText(message, records, lookups, intern);
          return;
        case 'meta':
          // Marks for the browser benchmark and tests: the page's part of loading lies between these.
          performance.mark('dateline:corpus-received-start');
          meta = message;
          texts.index(message.ids);
          sourceTexts.index(message.sourceIds);
          return;
        // All at once before `done` for a small dataset; else after it, in `serve`'s listener.
        case 'version':
        case 'sources':
        case 'events':
          takeTexts(message);
          return;
        case 'done':
          if (!meta) finish({ ok: false, error: 'The event index arrived incomplete' });
          else {
            const result = assemble(meta, records, lookups, texts, sourceTexts, versionOf);
            if (!result.ok) finish(result);
            else {
              adoptAggregation(result.model, message.prep, new LazyPositionMap(texts));
              // An import opens with its report (`imported`, which comes next).
              if (isImport && !imported) opened = result;
              else serve(result);
            }
          }
          performance.mark('dateline:corpus-received-end');
          return;
        default:
          return;
      }
    };
    worker.postMessage(job);
  });
}

/** Reads a `records` message's text and files its records under their kind. */
function fileText(
  { kind, text }: Extract<WorkerMessage, { type: 'records' }>,
  records: { [K in keyof RecordKinds]: RecordKinds[K][] },
  lookups: { [K in keyof RecordKinds]: Map<string, RecordKinds[K]> },
  intern: (s: string) => string,
): void {
  // Our own worker's JSON.stringify of records it checked: read as they were written.
  const chunk = JSON.parse(text) as { readonly id: string }[];
  file(
    chunk,
    records[kind] as { readonly id: string }[],
    lookups[kind] as Map<string, { readonly id: string }>,
    intern,
  );
}

/** Freezes each record of a chunk and files it, in order and by id. */
function file<T extends { readonly id: string }>(
  chunk: readonly T[] | undefined,
  list: T[],
  byId: Map<string, T>,
  intern: (s: string) => string,
): void {
  for (const record of chunk ?? []) {
    compactRecord(record, intern);
    deepFreeze(record);
    list.push(record);
    byId.set(record.id, record);
  }
}

function assemble(
  { meta, parts, version, problems, extent }: Extract<WorkerMessage, { type: 'meta' }>,
  records: Pick<Corpus, 'places' | 'actors'>,
  filed: Omit<ReturnType<typeof corpusLookups>, 'topics' | 'sources'>,
  texts: EventTexts,
  sourceTexts: EventTexts<Source>,
  /** The version that came after `meta`, when `meta` had none. */
  versionOf: () => string,
): CorpusResult {
  // Each record is frozen already: this freezes the containers only (the events' and the sources'
  // lists are read-only, each item read from its text when asked for).
  const corpus: Corpus = Object.freeze({
    sources: lazyEventList(sourceTexts),
    topics: deepFreeze(meta.topics),
    actors: Object.freeze(records.actors),
    places: Object.freeze(records.places),
    events: lazyEventList(texts),
  });
  const lookups = {
    ...filed,
    sources: new LazyEventMap(sourceTexts),
    topics: new Map(corpus.topics.map((t) => [t.id, t])),
  };
  const { places, actors, sources } = lookups;
  const index = assembleEventIndex(parts, corpus.events, { topics: corpus.topics, actors, sources, places });
  const byId = new LazyEventMap(texts);
  const model = assembleCorpusModel(corpus, index, version ?? '', byId, lookups, extent);
  // The texts come after the model opens (src/work/corpus-worker.ts): what shows an event waits for them.
  const arriving = textsArriving([texts, sourceTexts]);
  // For the browser benchmark and tests: the page's part of loading ends here.
  void arriving.complete.then(() => performance.mark('dateline:texts-received'));
  const opened: CorpusModel = { ...model, arriving, idAt: (position) => texts.idAt(position) };
  // Until it comes, '': links to it wait for the texts (src/app/App.tsx), which come after it.
  if (version === null) Object.defineProperty(opened, 'version', { get: versionOf, enumerable: true });
  return { ok: true, model: opened, problems };
}

/** Without a Worker: the same job on this thread (loaded on demand, so the page's bundle stays small). */
async function runInPlace(message: CorpusJob | ImportMessage): Promise<CorpusResult> {
  const { runCorpusJob } = await import('../core/corpus-job');
  const isImport = 'type' in message;
  const result = runCorpusJob(isImport ? await importJob(message) : message);
  if (!result.ok) return result;
  let imported: ImportedSummary | undefined;
  let kept: Promise<Stored<DatasetInfo>> | undefined;
  if (isImport) {
    const { keepImported } = await import('./keep-import');
    // Kept first here, as one step: the same outcome as the worker's, where nothing else runs meanwhile.
    const summary = await keepImported(result, message.keep && { ...message.keep, required: false });
    if (!summary.ok) return summary;
    imported = summary.value;
    if (summary.value.kept) kept = Promise.resolve(summary.value.kept);
  }
  const byId = new Map(result.corpus.events.map((e) => [e.id, e]));
  const model = assembleCorpusModel(result.corpus, result.index, result.version, byId);
  return {
    ok: true,
    model,
    problems: result.problems,
    ...(imported ? { imported } : {}),
    ...(kept ? { kept } : {}),
  };
}
