// Runs an import job in the corpus worker (src/work/corpus-worker.ts) and takes back only what the page
// keeps: the converted corpus text, its report and a summary. The dataset is then stored and reopened
// like any other, so its events never cross to this page twice. Where there is no Worker (jsdom), the
// same job runs in place.
import type { CorpusJob, ImportedDataset } from '../core/corpus-job';
import type { WorkerMessage } from './corpus-messages';
import type { LoadProgress } from './corpus-worker-client';

export type ImportedResult =
  | { readonly ok: true; readonly dataset: ImportedDataset }
  | { readonly ok: false; readonly error: string };

export function runImportJobInWorker(
  job: Extract<CorpusJob, { kind: 'import' }>,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<ImportedResult> {
  if (typeof Worker === 'undefined') return runInPlace(job);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../work/corpus-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ImportedResult) => {
      // Marks for the browser benchmark and tests: the page's part of converting lies between these.
      performance.mark('dateline:import-end');
      worker.terminate();
      resolve(result);
    };
    signal?.addEventListener('abort', () => finish({ ok: false, error: 'Loading was cancelled' }));
    worker.onerror = (e) => finish({ ok: false, error: `Could not convert the file: ${e.message}` });
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const message = e.data;
      if (message.type === 'phase')
        onProgress({
          phase: message.phase,
          done: message.percent ?? 0,
          total: message.percent === undefined ? 0 : 100,
        });
      else if (message.type === 'error') finish({ ok: false, error: message.error });
      else if (message.type === 'imported') finish({ ok: true, dataset: message.dataset });
      else finish({ ok: false, error: 'The worker answered an import with events' });
    };
    performance.mark('dateline:import-start');
    worker.postMessage(job);
  });
}

async function runInPlace(job: Extract<CorpusJob, { kind: 'import' }>): Promise<ImportedResult> {
  const { runCorpusJob, importedDataset } = await import('../core/corpus-job');
  const result = runCorpusJob(job);
  if (!result.ok) return result;
  if (!result.imported) return { ok: false, error: 'The file could not be converted' };
  return { ok: true, dataset: importedDataset(result, result.imported) };
}
