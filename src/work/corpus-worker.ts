// Web Worker: receives a corpus job, runs it with the core (src/core/corpus-job.ts), and posts the
// result back — the index's typed arrays transferred, not copied; the events in chunks, so that no
// single message takes the main thread long to read. Nothing else happens here.

import type { CorpusJob } from '../core/corpus-job';
import { importedDataset, runCorpusJob } from '../core/corpus-job';
import { eventIndexParts } from '../core/index/event-index';
import type { WorkerMessage } from '../load/corpus-messages';
import { EVENTS_PER_MESSAGE } from '../load/corpus-messages';

// The DOM lib types `self` as a Window; in a worker postMessage takes the transfer list second.
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void };
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

self.onmessage = (e: MessageEvent<CorpusJob>) => {
  const result = runCorpusJob(e.data, (phase, percent) =>
    post({ type: 'phase', phase, ...(percent === undefined ? {} : { percent }) }),
  );
  if (!result.ok) {
    post({ type: 'error', error: result.error });
    return;
  }
  if (result.imported) {
    post({ type: 'imported', dataset: importedDataset(result, result.imported) });
    return;
  }
  const { corpus, index, problems, version, imported } = result;
  const { parts, transfer } = eventIndexParts(index);
  const { sources, topics, actors, places } = corpus;
  post(
    {
      type: 'meta',
      meta: { sources, topics, actors, places },
      problems,
      version,
      parts,
      total: index.events.length,
      ...(imported ? { imported } : {}),
    },
    transfer,
  );
  for (let at = 0; at < index.events.length; at += EVENTS_PER_MESSAGE)
    post({ type: 'events', events: index.events.slice(at, at + EVENTS_PER_MESSAGE) });
  post({ type: 'done' });
};
