// Wire-service scale in real Chromium: `?synthetic=100000` builds a seeded 100,000-event corpus
// over the real gazetteer; the counts, the map, a topic filter and the timeline keep up. Expected
// counts come from the same seeded corpus built in Node and a naive filter over it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/core/synthetic';
import { openApp, type WatchedPage } from './browser';
import { corpus } from './expected';

const SIZE = 100_000;
const synthetic = syntheticCorpus(corpus.places, { events: SIZE, seed: 42 });
const [dropped] = synthetic.topics;
if (!dropped) throw new Error('synthetic corpus has no topics');
/** Naive rule: an event is shown when any of its topics is still chosen. */
const keptCount = synthetic.events.filter((e) => e.topics.some((t) => t !== dropped.id)).length;

let browser: Browser;
let app: WatchedPage;
let page: Page;

const spotLabels = () =>
  page.locator('.dl-spot-button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());

beforeAll(async () => {
  const { launchBrowser } = await import('./browser');
  browser = await launchBrowser();
  app = await openApp(browser, `?synthetic=${SIZE}`);
  page = app.page;
});
afterAll(async () => {
  await browser?.close();
});

describe(`${SIZE.toLocaleString('en')} synthetic events`, () => {
  it('counts every event in the header and draws spots and areas', async () => {
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${SIZE} of ${SIZE} events`);
    await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('path[data-event-area]').count()).toBeGreaterThan(0);
  });

  it('unchecking a topic shows the naive count and repaints the spots', async () => {
    expect(keptCount).toBeLessThan(SIZE);
    const before = await spotLabels();
    await page
      .locator('.dl-filters')
      .getByRole('checkbox', { name: new RegExp(`^${dropped.label} \\d`) })
      .uncheck();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 10_000 })
      .toBe(`${keptCount} of ${SIZE} events`);
    await expect.poll(spotLabels).not.toEqual(before);
    // Every spot still has events: a count of zero would be a spot the filter should have removed.
    expect((await spotLabels()).filter((l) => /\b0 events\b/.test(l ?? ''))).toEqual([]);
  });

  it('draws the timeline histogram with bars', async () => {
    const bars = page.locator('.dl-timeline__chart .dl-timeline__bin rect[height]:not([fill="transparent"])');
    await expect.poll(() => bars.count()).toBeGreaterThan(10);
  });

  it('logs no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
