// The page of the worker import bench (scripts/bench-import-browser.ts): runs one measurement in a
// fresh module worker and hands its figures back.
import type { WorkerFigures } from './worker';

(window as unknown as { runImportBench(f: string, n: number): Promise<WorkerFigures> }).runImportBench = (
  format,
  rows,
) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerFigures | { error: string }>) => {
      worker.terminate();
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ format, rows });
  });
