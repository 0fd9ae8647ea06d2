// Web Worker: receives a corpus job, runs it with the core (src/core/corpus-job.ts), and posts the
// result back — the index's typed arrays transferred, not copied; the events as their JSON text, one
// string per chunk (src/core/event-texts.ts), which the page keeps without reading. Then it stays,
// holding the index, and answers the page's queries (src/core/view-query.ts) with typed arrays it
// transfers. An import converts the file, opens the converted corpus as it is (never parsed and checked
// a second time; its events' texts are the pieces it is kept as) and then keeps it in IndexedDB
// (src/load/dataset-store.ts works in a worker too).

import { aggregationPrepParts, prepareAggregation } from '../core/aggregate';
import type { CorpusJob, CorpusJobResult } from '../core/corpus-job';
import { runCorpusJob } from '../core/corpus-job';
import { dataExtent } from '../core/data-extent';
import { buildIdTable, eventTextOf, joinTexts, textBuffers } from '../core/event-texts';
import { exportCounts } from '../core/export';
import { eventIndexParts } from '../core/index/event-index';
import { corpusLookups, ownAreas } from '../core/model';
import {
  answerBuffers,
  answerHistogram,
  answerView,
  type ViewQueryContext,
  viewQueryContext,
} from '../core/view-query';
import type { ImportMessage, QueryMessage, WorkerMessage } from '../load/corpus-messages';
import { EVENTS_PER_MESSAGE, importJob, RECORDS_PER_MESSAGE } from '../load/corpus-messages';
import { keepImported } from '../load/keep-import';

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
}

self.onmessage = (e: MessageEvent<CorpusJob | QueryMessage | ImportMessage>) => {
  const message = e.data;
  if ('type' in message) {
    if (message.type === 'import') void runImport(message);
    else if (context) answer(message, context);
    return;
  }
  const result = run(message);
  if (result) open(result);
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
 * Converts the file, opens it when asked, then keeps it when asked (src/load/keep-import.ts): the page
 * takes the events in while this worker writes the copy, and opens the dataset only once `imported`
 * says it is kept. (Kept first, the copy's writing held back the events: 0.7 s more for 100k rows.)
 */
async function runImport(message: ImportMessage): Promise<void> {
  const { keep, open: opens } = message;
  const result = run(await importJob(message));
  if (!result) return;
  if (opens) open(result);
  const summary = await keepImported(result, keep);
  post(summary.ok ? { type: 'imported', imported: summary.value } : { type: 'error', error: summary.error });
}

/** Sends the corpus to the page (meta, events in chunks, done) and stays to answer its queries. */
function open(result: Extract<CorpusJobResult, { ok: true }>): void {
  const { corpus, index, problems, version } = result;
  // Copies, transferred: this worker keeps its own index and prep to answer queries, and the page's
  // copies arrive without a copy on the main thread.
  const parts = structuredClone(eventIndexParts(index).parts);
  const { sources, topics, actors, places } = corpus;
  const lookups = corpusLookups(corpus);
  const extent = dataExtent({ events: corpus.events, places: lookups.places, ownAreas: ownAreas(places) });
  for (const [kind, records] of [
    ['places', places],
    ['sources', sources],
    ['actors', actors],
  ] as const)
    for (let at = 0; at < records.length; at += RECORDS_PER_MESSAGE)
      post({ type: 'records', [kind]: records.slice(at, at + RECORDS_PER_MESSAGE) });
  const ids = buildIdTable(index.events.map((e) => e.id));
  post(
    {
      type: 'meta',
      meta: { topics },
      problems,
      version,
      parts,
      total: index.events.length,
      extent,
      ids,
    },
    [...buffersIn(parts), ids.slots.buffer as ArrayBuffer, ...textBuffers(ids.ids)],
  );
  // The events' text, not the events: the page reads each one when it shows it (src/core/lazy-events.ts).
  const textOf = eventTextOf(corpus.events, result.imported?.corpusParts);
  for (let at = 0; at < index.events.length; at += EVENTS_PER_MESSAGE) {
    const texts = joinTexts(index.events.slice(at, at + EVENTS_PER_MESSAGE).map(textOf));
    post({ type: 'events', texts }, textBuffers(texts));
  }
  // The map's per-event arrays are made while the page takes the events in (it needs them last).
  const prep = prepareAggregation({ index, corpus, places: lookups.places });
  context = viewQueryContext({ index }, prep);
  const prepParts = structuredClone(aggregationPrepParts(prep));
  const counts = exportCounts({ index, places: lookups.places, sources: lookups.sources });
  post({ type: 'done', prep: prepParts, exportCounts: counts }, [
    ...buffersIn(prepParts),
    ...buffersIn(counts),
  ]);
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
