// A big corpus loads without freezing the page: parsing, validation and the event index run in a Web
// Worker, and the page only receives the results in small pieces.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/core/group-digits';
import { baseUrl, launchBrowser, openPage } from './browser';
import {
  describeTasks,
  LONG_TASK_RETRY,
  LONGEST_TASK_MS,
  longTasks,
  mostCpu,
  watchLongTasks,
} from './long-tasks';

let browser: Browser;
const SIZE = 100_000;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('loading 100,000 events', () => {
  it(
    'builds the index in a worker, shows progress, and never blocks the page over 100 ms while taking in the events',
    LONG_TASK_RETRY,
    async () => {
      const { page, context, consoleErrors } = await openPage(browser);
      await watchLongTasks(page);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(baseUrl(`?synthetic=${SIZE}`));
      const loading = page.getByRole('status').filter({ hasText: 'Loading events…' });
      await expect.poll(() => loading.count(), { timeout: 20_000 }).toBe(1);
      // Until the texts are in, the list panel says their details are loading: in the panel, not over the map.
      await page.evaluate(() => {
        const w = window as unknown as { detailsLoading?: { inPanel: boolean; within: boolean } };
        new MutationObserver(() => {
          const status = [...document.querySelectorAll('[role="status"]')].find((el) =>
            el.textContent?.includes("Loading the events' details"),
          );
          const panel = document.getElementById('dl-panel');
          if (w.detailsLoading || !status || !panel) return;
          const [a, b] = [status.getBoundingClientRect(), panel.getBoundingClientRect()];
          w.detailsLoading = {
            inPanel: panel.contains(status),
            within:
              a.left >= b.left && a.right <= b.right + 0.5 && a.top >= b.top && a.bottom <= b.bottom + 0.5,
          };
        }).observe(document.body, { childList: true, subtree: true });
      });
      await expect
        .poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 })
        .toBe(`${groupDigits(SIZE)} of ${groupDigits(SIZE)} events`);
      await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
      // The events' texts come after the map's first view (src/work/corpus-worker.ts): then the list.
      await expect.poll(() => page.locator('.dl-list__title').count()).toBeGreaterThan(0);
      expect(workers.some((url) => /corpus-worker/.test(url))).toBe(true);
      expect(
        await page.evaluate(() => (window as unknown as { detailsLoading?: unknown }).detailsLoading),
      ).toEqual({ inPanel: true, within: true });
      // While the page takes in the worker's 100,000 events (from the loader's first mark until their
      // texts are in), no task may run longer than 100 ms, but for the map's first draw and the app's
      // mount on the model, which are start-up's (their figures are in test/bench/RECORD.md):
      // they run between the model's coming in and the first view's answer.
      const tasks = await longTasks(page);
      const { from, to, opened, answered } = await page.evaluate(() => {
        const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        return {
          from: mark('dateline:corpus-received-start'),
          to: mark('dateline:texts-received'),
          opened: mark('dateline:corpus-received-end'),
          answered: mark('dateline:view-answered'),
        };
      });
      expect(to).toBeGreaterThan(from);
      expect(answered).toBeGreaterThan(opened);
      // The texts were sent once the first view was answered, and taken in after it.
      expect(to).toBeGreaterThan(answered);
      const during = tasks.filter(
        (t) => t.start + t.duration > from && t.start < to && !(t.start >= opened && t.start < answered),
      );
      expect(
        mostCpu(during),
        `long tasks while receiving (start:wall/cpu ms): ${describeTasks(during, from)}`,
      ).toBeLessThanOrEqual(LONGEST_TASK_MS);
      // The loading states have gone.
      expect(await loading.count()).toBe(0);
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
