// What the corpus worker (src/work/corpus-worker.ts) posts to the page, in order: phases, one `meta`,
// `events` chunks in index order, then `done` — or one `error`; an import job ends with `imported`.
// After `done` the worker stays to answer queries: the page asks (`QueryMessage`), the worker answers
// with the same `id`.
import type { AggregationPrepParts } from '../core/aggregate';
import type { CorpusJobPhase, ImportedDataset } from '../core/corpus-job';
import type { ImportReport } from '../core/import';
import type { EventIndexParts } from '../core/index/event-index';
import type { Corpus, NewsEvent, Problem } from '../core/types';
import type { HistogramAnswer, HistogramRequest, ViewAnswer, ViewRequest } from '../core/view-query';

/** Events per message: reading one chunk takes the page a few milliseconds, never a long task. */
export const EVENTS_PER_MESSAGE = 500;

export type WorkerMessage =
  | { readonly type: 'phase'; readonly phase: CorpusJobPhase; readonly percent?: number }
  /** Instead of meta, events and done, for an import job. */
  | { readonly type: 'imported'; readonly dataset: ImportedDataset }
  | {
      readonly type: 'meta';
      readonly meta: Omit<Corpus, 'events'>;
      readonly problems: readonly Problem[];
      readonly version: string;
      readonly parts: EventIndexParts;
      readonly total: number;
      readonly imported?: { readonly report: ImportReport; readonly corpusText: string };
    }
  | { readonly type: 'events'; readonly events: readonly NewsEvent[] }
  | { readonly type: 'done'; readonly prep: AggregationPrepParts }
  | { readonly type: 'view'; readonly id: number; readonly answer: ViewAnswer }
  | { readonly type: 'histogram'; readonly id: number; readonly answer: HistogramAnswer }
  | { readonly type: 'error'; readonly error: string };

/** What the page asks the worker once the corpus is in. */
export type QueryMessage =
  | { readonly type: 'view'; readonly id: number; readonly request: ViewRequest }
  | { readonly type: 'histogram'; readonly id: number; readonly request: HistogramRequest };
