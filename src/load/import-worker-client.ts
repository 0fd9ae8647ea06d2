// Runs an import in the corpus worker (src/work/corpus-worker.ts) without opening it: the worker
// converts the file and keeps it in IndexedDB, and the page takes back only the report and a summary.
// (An import that opens goes through runCorpusJobInWorker, corpus-worker-client.ts.) Where there is no
// Worker (jsdom), the same job runs in place.
import { type ImportedSummary, type ImportMessage, importJob, type WorkerMessage } from './corpus-messages';
import type { LoadProgress } from './corpus-worker-client';

export type ImportedResult =
  | { readonly ok: true; readonly imported: ImportedSummary }
  | { readonly ok: false; readonly error: string };

export function runImportJobInWorker(
  message: ImportMessage,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<ImportedResult> {
  if (typeof Worker === 'undefined') return runInPlace(message);
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
      else if (message.type === 'imported') finish({ ok: true, imported: message.imported });
      else finish({ ok: false, error: 'The worker answered an import with events' });
    };
    performance.mark('dateline:import-start');
    worker.postMessage({ ...message, open: false } satisfies ImportMessage);
  });
}

async function runInPlace(message: ImportMessage): Promise<ImportedResult> {
  const [{ runCorpusJob }, { keepImported }] = await Promise.all([
    import('../core/corpus-job'),
    import('./keep-import'),
  ]);
  const result = runCorpusJob(await importJob(message));
  if (!result.ok) return result;
  const summary = await keepImported(result, message.keep);
  return summary.ok ? { ok: true, imported: summary.value } : summary;
}
