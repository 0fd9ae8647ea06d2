// What the corpus worker (src/work/corpus-worker.ts) posts to the page, in order: phases, `records`
// chunks (places, actors), `sources` chunks (their texts), one `meta`, `events` chunks in index order, then `done` — or one
// `error` — and, once the page's first view and histogram are answered, `counts`. An import (`ImportMessage`), when asked to open, posts the same records, meta, events and
// done (the converted corpus opens as it is, never parsed and checked a second time), then `imported`
// (its report and summary), then — when asked to keep it — `kept`, once its copy is written or could not
// be (the page has opened it by then). An import that does not open keeps first and then posts
// `imported`, with what became of the copy — or `error` if keeping it was required and failed.
// After `done` the worker stays to answer queries: the page asks (`QueryMessage`), the worker answers
// with the same `id`.
import type { AggregationPrepParts } from '../core/aggregate';
import type { CorpusJob, CorpusJobPhase } from '../core/corpus-job';
import type { Extent } from '../core/data-extent';
import type { IdTable, TextChunk } from '../core/event-texts';
import type { ExportCounts } from '../core/export';
import type { ImportReport } from '../core/import';
import type { EventIndexParts } from '../core/index/event-index';
import type { Actor, Corpus, Place, Problem } from '../core/types';
import type { HistogramAnswer, HistogramRequest, ViewAnswer, ViewRequest } from '../core/view-query';
import type { DatasetInfo, Stored } from './dataset-store';

/** Events per message, as their text (src/core/event-texts.ts): the page only keeps each chunk. */
export const EVENTS_PER_MESSAGE = 10_000;
/**
 * Places or actors per message (an import brings one place per row), as the JSON text of their list:
 * JSON.stringify and JSON.parse of them took about half the time a structured clone's writing and
 * reading did. (Sources, one or two per row, come as texts the page reads only when it shows one.)
 */
export const RECORDS_PER_MESSAGE = 2000;

/** The records that come in `records` messages, by kind. */
export interface RecordKinds {
  readonly places: Place;
  readonly actors: Actor;
}

export type WorkerMessage =
  | { readonly type: 'phase'; readonly phase: CorpusJobPhase; readonly percent?: number }
  /** For an import: after its meta, events and done (if it opens); if it does not, once it is kept. */
  | { readonly type: 'imported'; readonly imported: ImportedSummary }
  /** For an import that opens and is kept: last, once the copy is written (or why it could not be). */
  | { readonly type: 'kept'; readonly kept: Stored<DatasetInfo> }
  | {
      readonly type: 'records';
      readonly kind: keyof RecordKinds;
      /** JSON.stringify of up to RECORDS_PER_MESSAGE records of that kind, in order. */
      readonly text: string;
    }
  | {
      readonly type: 'meta';
      /** The rest of the corpus besides its events and the records that came in `records`. */
      readonly meta: Pick<Corpus, 'topics'>;
      readonly problems: readonly Problem[];
      /** Null for an import: its version is written after it opens, and comes in `version`. */
      readonly version: string | null;
      readonly parts: EventIndexParts;
      readonly total: number;
      /** The extent of the places the events name (src/core/data-extent.ts), worked out in the worker. */
      readonly extent: Extent | null;
      /** Each event's position by id, for the page to find an event without holding every id. */
      readonly ids: IdTable;
      /** Each source's position by id, the same way. */
      readonly sourceIds: IdTable;
    }
  /** After `done` (src/work/corpus-worker.ts): the events' JSON texts, EVENTS_PER_MESSAGE at a time, in order. */
  | { readonly type: 'events'; readonly texts: TextChunk }
  /** Then the sources' JSON texts, the same way. */
  | { readonly type: 'sources'; readonly texts: TextChunk }
  /** An import's version (`meta` had none), before its first texts. */
  | { readonly type: 'version'; readonly version: string }
  | { readonly type: 'done'; readonly prep: AggregationPrepParts }
  /** After `done` and the page's first answers: the rows and sources each event exports as. */
  | { readonly type: 'counts'; readonly exportCounts: ExportCounts }
  | { readonly type: 'view'; readonly id: number; readonly answer: ViewAnswer }
  | { readonly type: 'histogram'; readonly id: number; readonly answer: HistogramAnswer }
  | { readonly type: 'error'; readonly error: string };

/** What the page asks the worker once the corpus is in. */
export type QueryMessage =
  | { readonly type: 'view'; readonly id: number; readonly request: ViewRequest }
  | { readonly type: 'histogram'; readonly id: number; readonly request: HistogramRequest };

/** The page left an opened import before its copy was written: write it now. */
export interface KeepNowMessage {
  readonly type: 'keep-now';
}

/** What became of an import, besides its events. */
export interface ImportedSummary {
  readonly report: ImportReport;
  readonly events: number;
  /** First and last day of the events (YYYY-MM-DD), null without events. */
  readonly from: string | null;
  readonly to: string | null;
  /** The dataset as kept in IndexedDB (the worker writes it), or why it could not be; absent if not asked. */
  readonly kept?:
    | { readonly ok: true; readonly value: DatasetInfo }
    | { readonly ok: false; readonly error: string };
}

/** A dataset's entry without what only the conversion knows (the worker fills in events, from, to). */
export type DatasetToKeep = Omit<DatasetInfo, 'events' | 'from' | 'to'>;

/** The page asks the worker to import a file: convert it, keep it (optional), open it (optional). */
export interface ImportMessage {
  readonly type: 'import';
  readonly job: Extract<CorpusJob, { kind: 'import' }>;
  /** The file to read the job's text from (then `job.text` is empty): posting a File copies no text. */
  readonly file?: Blob;
  /** Keep the converted corpus in IndexedDB under this entry; `required`: a failure to keep ends the job. */
  readonly keep?: { readonly info: DatasetToKeep; readonly required: boolean };
  /** Send the converted corpus's meta, events and done, and stay to answer its queries. */
  readonly open: boolean;
}

/**
 * The import job with its text, read from `file` when the message carries one, and the large gazetteer
 * when the import looks names up in it (src/load/import-towns.ts, loaded only for an import).
 */
export async function importJob(message: ImportMessage): Promise<ImportMessage['job']> {
  const job = message.file ? { ...message.job, text: await message.file.text() } : message.job;
  const { withTowns } = await import('./import-towns');
  return withTowns(job);
}
