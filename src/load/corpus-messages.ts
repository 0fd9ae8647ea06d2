// What the corpus worker (src/work/corpus-worker.ts) posts to the page, in order: phases, one `meta`,
// `events` chunks in index order, then `done` — or one `error`; an import job ends with `imported`.
import type { CorpusJobPhase, ImportedDataset } from '../core/corpus-job';
import type { ImportReport } from '../core/import';
import type { EventIndexParts } from '../core/index/event-index';
import type { Corpus, NewsEvent, Problem } from '../core/types';

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
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly error: string };
