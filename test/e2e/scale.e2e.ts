// Wire-service scale in real Chromium: `?synthetic=100000` builds a seeded 100,000-event corpus
// over the real gazetteer; the counts, the map, a topic filter and the timeline keep up. Expected
// counts come from the same seeded corpus built in Node and a naive filter over it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/core/group-digits';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { NewsEvent } from '../../src/core/types';
import { openApp, type WatchedPage } from './browser';
import { corpus } from './expected';

const SIZE = 100_000;
const synthetic = syntheticCorpus(corpus.places, { events: SIZE, seed: 42 });
const [dropped] = synthetic.topics;
if (!dropped) throw new Error('synthetic corpus has no topics');
/** Naive rule: an event is shown when any of its topics is still chosen. */
const keptCount = synthetic.events.filter((e) => e.topics.some((t) => t !== dropped.id)).length;

/**
 * Naive rule for arcs: a relation between two shown events (not an event to itself) whose first
 * places are both in the gazetteer and lie at different coordinates.
 */
function relationCount(shown: (e: NewsEvent) => boolean): number {
  const places = new Map(corpus.places.map((p) => [p.id, p]));
  const byId = new Map(synthetic.events.map((e) => [e.id, e]));
  const anchor = (e: NewsEvent) => places.get(e.places[0]?.place ?? '');
  let n = 0;
  for (const e of synthetic.events) {
    if (!shown(e)) continue;
    for (const r of e.related) {
      const target = byId.get(r.event);
      if (!target || target === e || !shown(target)) continue;
      const [a, b] = [anchor(e), anchor(target)];
      if (a && b && (a.lat !== b.lat || a.lon !== b.lon)) n++;
    }
  }
  return n;
}
const capNote = () => page.locator('.dl-map-note').textContent();

let browser: Browser;
let app: WatchedPage;
let page: Page;

const spotLabels = () =>
  page.locator('.dl-spot-button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());

beforeAll(async () => {
  const { launchBrowser } = await import('./browser');
  browser = await launchBrowser();
  // With every arc on (an opt-in layer): the cap on drawn arcs is what is checked here.
  app = await openApp(browser, `?synthetic=${SIZE}&layers=points,areas,relations`);
  page = app.page;
});
afterAll(async () => {
  await browser?.close();
});

describe(`${SIZE.toLocaleString('en')} synthetic events`, () => {
  it('counts every event in the header and draws spots and areas', async () => {
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${groupDigits(SIZE)} of ${groupDigits(SIZE)} events`);
    await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('path[data-event-area]').count()).toBeGreaterThan(0);
  });

  it('says how many relations have no arc when there are too many to draw', async () => {
    const total = relationCount(() => true);
    const drawn = await page.locator('path[data-relation]:not(.dl-relation--hidden)').count();
    expect(drawn).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(drawn);
    await expect
      .poll(capNote)
      .toBe(
        `Arcs drawn for ${drawn.toLocaleString('en')} of ${total.toLocaleString('en')} relations; narrow the filters to see the rest.`,
      );
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
      .toBe(`${groupDigits(keptCount)} of ${groupDigits(SIZE)} events`);
    await expect.poll(spotLabels).not.toEqual(before);
    // Every spot still has events: a count of zero would be a spot the filter should have removed.
    expect((await spotLabels()).filter((l) => /\b0 events\b/.test(l ?? ''))).toEqual([]);
    const kept = relationCount((e) => e.topics.some((t) => t !== dropped.id));
    await expect.poll(capNote).toContain(` of ${kept.toLocaleString('en')} relations`);
  });

  it('draws the timeline histogram with bars', async () => {
    const bars = page.locator('.dl-timeline__chart .dl-timeline__bin rect[height]:not([fill="transparent"])');
    await expect.poll(() => bars.count()).toBeGreaterThan(10);
  });

  it('logs no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
