// Web Worker: receives a corpus job, runs it with the core (src/core/corpus-job.ts), and posts the
// result back — the index's typed arrays transferred, not copied; the events and the sources as their
// JSON text, one string per chunk (src/core/event-texts.ts), which the page keeps without reading; the
// places and actors as JSON text the page reads at once. Then it stays,
// holding the index, and answers the page's queries (src/core/view-query.ts) with typed arrays it
// transfers. An import converts the file, opens the converted corpus as it is (never parsed and checked
// a second time; its events' texts are the pieces it is kept as) and then keeps it in IndexedDB
// (src/load/dataset-store.ts works in a worker too) while the page shows it.

import { aggregationPrepParts, prepareAggregation } from '../core/aggregate';
import type { CorpusJob, CorpusJobResult } from '../core/corpus-job';
import { runCorpusJob } from '../core/corpus-job';
import { dataExtent } from '../core/data-extent';
import { buildIdTable, eventTextOf, joinTexts, latin1Json, textBuffers } from '../core/event-texts';
import { exportCounts } from '../core/export';
import { eventIndexParts } from '../core/index/event-index';
import { listSlices } from '../core/json-parts';
import { corpusLookups, ownAreas } from '../core/model';
import {
  answerBuffers,
  answerHistogram,
  answerView,
  type ViewQueryContext,
  viewQueryContext,
} from '../core/view-query';
import type { ImportMessage, KeepNowMessage, QueryMessage, WorkerMessage } from '../load/corpus-messages';
import { EVENTS_PER_MESSAGE, importJob, RECORDS_PER_MESSAGE } from '../load/corpus-messages';
import { importSummary, keepCorpus, keepImported } from '../load/keep-import';

// The DOM lib types `self` as a Window; in a worker postMessage takes the transfer list second.
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void };
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let context: ViewQueryContext | null = null;

function answer(message: QueryMessage, ctx: ViewQueryContext): void {
  if (message.type === 'view') {
    const result = answerView(ctx, message.request);
    post({ type: 'view', id: message.id, answer: result }, answerBuffers(result));
  } else {
    const result = answerHistogram(ctx, message.request);
    post({ type: 'histogram', id: message.id, answer: result }, answerBuffers(result));
  }
  answeredKinds.add(message.type);
  if (message.type === 'view') answeredView();
  if (answeredKinds.size === 2) answeredBoth();
  // The histogram is asked once the view's answer is on screen; if it is not asked, go on anyway.
  else if (message.type === 'view') setTimeout(answeredBoth, HISTOGRAM_WAIT_MS);
}

self.onmessage = (e: MessageEvent<CorpusJob | QueryMessage | ImportMessage | KeepNowMessage>) => {
  const message = e.data;
  if ('type' in message) {
    if (message.type === 'import') void runImport(message);
    else if (message.type === 'keep-now') {
      answeredView();
      answeredBoth();
    } else if (context) answer(message, context);
    return;
  }
  const result = run(message);
  if (result) void open(result);
};

function run(job: CorpusJob): Extract<CorpusJobResult, { ok: true }> | null {
  const result = runCorpusJob(job, (phase, percent) =>
    post({ type: 'phase', phase, ...(percent === undefined ? {} : { percent }) }),
  );
  if (result.ok) return result;
  post({ type: 'error', error: result.error });
  return null;
}

/**
 * Converts the file, then either opens it and keeps it after (`open`), or keeps it and says so
 * (src/load/keep-import.ts). An import that opens sends its events, then its report (`imported`): the page
 * opens the dataset at once. Its copy is written after the page's first answers and the texts (`open`),
 * so they never wait behind the copy's writing (about a second for 100k rows, most of it on this
 * thread), and then `kept` says whether it was written. (So the copy is never written before the page
 * shows the dataset, and says it is being kept.)
 */
async function runImport(message: ImportMessage): Promise<void> {
  const { keep, open: opens } = message;
  // This worker's copy is read here and sent on as text, never handed out: it is not frozen.
  const result = run({ ...(await importJob(message)), freeze: false });
  if (!result) return;
  if (!opens) {
    const summary = await keepImported(result, keep);
    post(
      summary.ok ? { type: 'imported', imported: summary.value } : { type: 'error', error: summary.error },
    );
    return;
  }
  const answered = open(result);
  const summary = importSummary(result);
  if (!summary.ok) {
    post({ type: 'error', error: summary.error });
    return;
  }
  post({ type: 'imported', imported: summary.value });
  if (!keep) return;
  await answered;
  post({ type: 'kept', kept: await keepCorpus(result, keep.info) });
}

/** The longest the work after opening waits for the page's first answers. */
const FIRST_ANSWERS_MS = 10_000;
/** The longest the texts wait for the page's first view to be asked for and answered. */
const FIRST_VIEW_MS = 3000;
/** After the first view's answer, the longest that work waits for the first histogram's. */
const HISTOGRAM_WAIT_MS = 500;
const answeredKinds = new Set<QueryMessage['type']>();
let answeredView: () => void = () => {};
let answeredBoth: () => void = () => {};
/** Settles once the page's first view is answered. */
const firstView = new Promise<void>((resolve) => {
  answeredView = resolve;
});
/** Settles once the page's first view and histogram are answered (or the view's and HISTOGRAM_WAIT_MS more). */
const firstAnswers = new Promise<void>((resolve) => {
  answeredBoth = resolve;
});

/** `promise`, or `ms` from now, whichever settles first. */
function within(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** One task's turn: queries that came meanwhile are answered before the next chunk is posted. */
const yieldToQueries = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Sends the corpus to the page and stays to answer its queries. First what the map needs: the places
 * and actors, the index (meta) and the map's arrays (done), so the page opens the dataset and asks for its
 * first view. Then, once that view is answered, the events' and the sources' texts, a chunk a task (a
 * query that comes meanwhile is answered between two chunks): the page reads them only when it shows an
 * event's details, and they were the longest part of sending (about 1.2 s here and 0.6 s on the page for
 * 100k imported rows). Then, after the first answers, what the Download menu counts. Returns when that
 * is sent.
 */
function open(result: Extract<CorpusJobResult, { ok: true }>): Promise<void> {
  const { corpus, index, problems } = result;
  // An import's text and version are written after it opens (src/core/corpus-job.ts): sent with its texts.
  const versionLater = result.isWritten?.() === false;
  // Copies, transferred: this worker keeps its own index and prep to answer queries, and the page's
  // copies arrive without a copy on the main thread.
  const parts = structuredClone(eventIndexParts(index).parts);
  const { sources, topics, actors, places } = corpus;
  const lookups = corpusLookups(corpus);
  const extent = dataExtent({ events: corpus.events, places: lookups.places, ownAreas: ownAreas(places) });
  for (const [kind, records] of [
    ['places', places],
    ['actors', actors],
  ] as const)
    for (const text of listSlices(records, RECORDS_PER_MESSAGE)) post({ type: 'records', kind, text });
  const sourceIds = buildIdTable(sources.map((s) => s.id));
  const ids = buildIdTable(index.events.map((e) => e.id));
  post(
    {
      type: 'meta',
      meta: { topics },
      problems,
      version: versionLater ? null : result.version,
      parts,
      total: index.events.length,
      extent,
      ids,
      sourceIds,
    },
    [
      ...buffersIn(parts),
      ids.slots.buffer as ArrayBuffer,
      ...textBuffers(ids.ids),
      sourceIds.slots.buffer as ArrayBuffer,
      ...textBuffers(sourceIds.ids),
    ],
  );
  const prep = prepareAggregation({ index, corpus, places: lookups.places });
  context = viewQueryContext({ index }, prep);
  const prepParts = structuredClone(aggregationPrepParts(prep));
  post({ type: 'done', prep: prepParts }, buffersIn(prepParts));
  const answered = within(firstAnswers, FIRST_ANSWERS_MS);
  // A message's worth or less goes at once: then the page has every text before the first view's
  // answer, which comes after them (one queue), and a small dataset's list never waits.
  const textsSent =
    index.events.length <= EVENTS_PER_MESSAGE && sources.length <= EVENTS_PER_MESSAGE
      ? sendTexts(result, false)
      : within(firstView, FIRST_VIEW_MS).then(() => sendTexts(result, true));
  return textsSent
    .then(() => answered)
    .then(() => {
      // Counted only when the page has its first answers: 0.2 s at 100k events, 1.9 s at a million,
      // which the first view's answer would otherwise wait behind. (The menu counts on the page if
      // opened before.)
      const counts = exportCounts({ index, places: lookups.places, sources: lookups.sources });
      post({ type: 'counts', exportCounts: counts }, buffersIn(counts));
    });
}

/**
 * The events' text, not the events (the page reads each one when it shows it: src/core/lazy-events.ts),
 * then the sources', EVENTS_PER_MESSAGE a message. An import's are the pieces of its kept text, written
 * here if they are not yet (with its version, sent first).
 */
async function sendTexts(
  result: Extract<CorpusJobResult, { ok: true }>,
  /** Let queries in between two chunks (false: all of them in this task). */
  yielding: boolean,
): Promise<void> {
  const { corpus, index } = result;
  // An import's text is written here, when it is not yet: its version first, for links.
  if (result.isWritten) post({ type: 'version', version: result.version });
  const textOf = eventTextOf(corpus.events, result.imported?.corpusParts);
  for (let at = 0; at < index.events.length; at += EVENTS_PER_MESSAGE) {
    if (yielding) await yieldToQueries();
    const texts = joinTexts(index.events.slice(at, at + EVENTS_PER_MESSAGE).map(textOf));
    post({ type: 'events', texts }, textBuffers(texts));
  }
  const sourceTexts = result.imported?.sourceTexts ?? corpus.sources.map(latin1Json);
  for (let at = 0; at < sourceTexts.length; at += EVENTS_PER_MESSAGE) {
    if (yielding) await yieldToQueries();
    const texts = joinTexts(sourceTexts.slice(at, at + EVENTS_PER_MESSAGE));
    post({ type: 'sources', texts }, textBuffers(texts));
  }
}

/** The buffers of every typed array in a plain object, up to three levels deep (the index's buckets). */
function buffersIn(value: object): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (ArrayBuffer.isView(v)) found.add(v.buffer as ArrayBuffer);
    else if (v && typeof v === 'object' && depth < 3)
      for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found];
}
