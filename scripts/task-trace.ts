// The long tasks of a page's main thread from a Chromium trace, with each task's wall-clock duration
// and the main thread's CPU time in it (the trace's thread time). Used by the browser tests that check
// the 100 ms rule (test/e2e/long-tasks.ts) and by the scale benchmark (scripts/bench-scale.ts).
//
// Why CPU time: on a shared 2-core machine a task's wall-clock time also counts the time the renderer
// waited for other processes — Chromium's network service answering a synchronous request to start a
// fetch, the GC's helper threads, anything else the OS ran instead. The page's own work is its CPU time.
import type { CDPSession, Page } from 'playwright-core';

export interface TracedTask {
  /** When the task began, on the page's `performance.now()` clock (ms). */
  readonly start: number;
  /** Wall-clock duration (ms). */
  readonly duration: number;
  /** The main thread's CPU time in the task (ms): the page's own work. */
  readonly cpu: number;
}

/** A Chromium trace event, with the fields read here. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time, µs. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
}

/** A top-level task of a Blink thread. */
const TASK = 'ThreadControllerImpl::RunTask';

export interface TaskTrace {
  /** Stops tracing; the page's main-thread tasks of `minMs` (wall clock) or more since the start. */
  stop(): Promise<TracedTask[]>;
}

/**
 * Starts tracing every task of the browser (call it before `page.goto` to see the page's start). Only
 * tasks of `minMs` or more and marks are kept as they arrive, so a long run (a 1M-event load) stays small.
 */
export async function traceTasks(page: Page, minMs = 50): Promise<TaskTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const kept: TraceEvent[] = [];
  const probe = `trace:probe-${Math.random()}`;
  cdp.on('Tracing.dataCollected', (d) => {
    for (const e of d.value as unknown as TraceEvent[])
      if ((e.name === TASK && e.ph === 'X' && (e.dur ?? 0) >= minMs * 1000) || e.name === probe) kept.push(e);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
  } as never);
  return {
    async stop() {
      // The page's main thread is the one that records this mark, and the mark ties the trace's clock
      // to the page's.
      const at = await page.evaluate((name) => performance.mark(name).startTime, probe);
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const mark = kept.find((e) => e.name === probe);
      if (!mark) throw new Error('the probe mark is not in the trace');
      const offset = mark.ts / 1000 - at;
      return kept
        .filter((e) => e.name === TASK && e.pid === mark.pid && e.tid === mark.tid)
        .map((e) => ({
          start: e.ts / 1000 - offset,
          duration: (e.dur ?? 0) / 1000,
          cpu: (e.tdur ?? 0) / 1000,
        }));
    },
  };
}
