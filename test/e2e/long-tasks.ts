// Long tasks on the page's main thread, read from a Chromium trace: every task of 50 ms or more, with
// its wall-clock duration and the main thread's CPU time in it.
//
// Why CPU time is the measure: on a shared 2-core machine a task's wall-clock time also counts the
// time the renderer waited for other processes — Chromium's network service answering a synchronous
// request to start a fetch, the GC's helper threads, anything else the OS ran instead. Traced here at a
// load of ~2, the first task of the page lasted 66-93 ms of which 8-27 ms were the page's own work; on
// the CI machine such tasks lasted 107-131 ms and failed a wall-clock check though no code had changed.
// The rule the tests check (issue 13: the main thread never blocks over 100 ms) is about the page's
// own work, so they check the CPU time, and print the wall-clock time beside it.
import type { Page } from 'playwright-core';
import { type TaskTrace, type TracedTask, traceTasks } from '../../scripts/task-trace';

export type LongTask = TracedTask;

/** The page's own work may never take longer than this in one task (issue 13). */
export const LONGEST_TASK_MS = 100;

/** Tasks this long (wall clock) or longer are listed, as the Long Tasks API does. */
const LISTED_MS = 50;

/**
 * A test that checks LONGEST_TASK_MS runs once more when a run fails: CPU time also grows when the
 * machine throttles or another process evicts the caches; a real regression fails both runs.
 */
export const LONG_TASK_RETRY = { retry: 1 } as const;

const recordings = new WeakMap<Page, TaskTrace>();

/** Starts recording every task of the page's renderer (call it before `page.goto`). */
export async function watchLongTasks(page: Page): Promise<void> {
  recordings.set(page, await traceTasks(page, LISTED_MS));
}

/** Stops the recording and returns the long tasks of the page's main thread since `watchLongTasks`. */
export async function longTasks(page: Page): Promise<LongTask[]> {
  const recording = recordings.get(page);
  if (!recording) throw new Error('watchLongTasks(page) was not called');
  recordings.delete(page);
  return recording.stop();
}

/** "start:wall/cpu" in ms for each task, for a failure message. */
export const describeTasks = (tasks: readonly LongTask[], from = 0): string =>
  tasks.map((t) => `${Math.round(t.start - from)}:${Math.round(t.duration)}/${Math.round(t.cpu)}`).join(' ');

/** The most CPU time any of the tasks took (0 for none). */
export const mostCpu = (tasks: readonly LongTask[]): number => Math.max(0, ...tasks.map((t) => t.cpu));
