// Start-up without freezing the page (issue 13): from navigation to the first drawn map — the basemap,
// the event spots and areas, the labels — and through a zoom and a pan of the basemap, the page's main
// thread never runs a task over 100 ms. The test drives the page with CSS selectors only: Playwright's
// role queries run on the page's main thread and would make long tasks of their own.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { LONG_TASK_RETRY, LONGEST_TASK_MS, longTasks, watchLongTasks } from './long-tasks';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves after the next frame and the task after it (the labels are laid out then). */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      ),
  );

/** Poland's width on screen once no zoom animation runs (0 while one does). */
const polandWidth = async (page: Page) =>
  (await page.locator('.leaflet-zoom-anim').count()) > 0
    ? 0
    : ((await page.locator('path[data-boundary="POL"]').boundingBox())?.width ?? 0);

/** Opens `path`, waits for the first complete map, zooms in and out and pans; the long tasks on the way. */
async function startUp(path: string, events: number): Promise<{ tasks: string[]; errors: string[] }> {
  const { page, context, consoleErrors } = await openPage(browser);
  await watchLongTasks(context);
  await page.goto(baseUrl(path));
  await expect
    .poll(() => page.locator('[data-testid="event-count"]').textContent(), { timeout: 20_000 })
    .toBe(`${events} of ${events} events`);
  await expect.poll(() => page.locator('path[data-boundary]').count()).toBeGreaterThan(150);
  await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('[data-event-area]').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.dl-label').count()).toBeGreaterThan(0);
  await settled(page);
  const before = await polandWidth(page);
  await page.locator('a.leaflet-control-zoom-in').click();
  await expect.poll(() => polandWidth(page)).toBeGreaterThan(before * 1.5);
  await settled(page);
  await page.locator('a.leaflet-control-zoom-out').click();
  await expect.poll(async () => Math.round(await polandWidth(page))).toBe(Math.round(before));
  const map = await page.locator('.dl-map').boundingBox();
  if (!map) throw new Error('no map');
  const [x, y] = [map.x + map.width / 2, map.y + map.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= 5; k++) await page.mouse.move(x - k * 30, y - k * 10);
  await page.mouse.up();
  await settled(page);
  await settled(page);
  // "start:duration" in ms from navigation, for the failure message.
  const tasks = (await longTasks(page)).map((t) => `${Math.round(t.start)}:${Math.round(t.duration)}`);
  await context.close();
  return { tasks, errors: consoleErrors };
}

describe('start-up never blocks the page over 100 ms', () => {
  it('with the bundled corpus: first map, zoom and pan', LONG_TASK_RETRY, async () => {
    const { tasks, errors } = await startUp('', 24);
    const longest = Math.max(0, ...tasks.map((t) => Number(t.split(':')[1])));
    expect(longest, `long tasks (start:ms) ${tasks.join(' ')}`).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(errors).toEqual([]);
  });

  it('with 10,000 synthetic events: loading, first map, zoom and pan', LONG_TASK_RETRY, async () => {
    const { tasks, errors } = await startUp('?synthetic=10000', 10_000);
    const longest = Math.max(0, ...tasks.map((t) => Number(t.split(':')[1])));
    expect(longest, `long tasks (start:ms) ${tasks.join(' ')}`).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(errors).toEqual([]);
  });
});
