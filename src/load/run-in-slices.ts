// Runs a step-wise job (an iterator that pauses between steps) a slice at a time: as many steps as fit
// in `budgetMs`, then the page gets its turn (input, rendering) before the next slice. Long jobs on the
// main thread this way never make a long task (issue 13: none over 100 ms).

/** Slices end after this much work (ms): well under the 50 ms the browser counts as a long task. */
export const SLICE_MS = 20;

/** Resolves in a new task, after what the browser has queued (not throttled in background tabs). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Drives `steps` to the end, a slice at a time; rejects with `signal`'s reason once it is aborted. */
export async function runInSlices<T>(
  steps: Iterator<unknown, T>,
  signal?: AbortSignal,
  budgetMs: number = SLICE_MS,
): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const end = performance.now() + budgetMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= end) break;
    }
    await nextTask();
  }
}
