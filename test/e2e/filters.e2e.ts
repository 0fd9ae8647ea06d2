// Filtering by date, topic and text in real Chromium: the list, the counts and the map follow one
// filter state, and show exactly the events a naive filter over data/ selects.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type WatchedPage } from './browser';
import { isoDate, typeDate } from './dates';
import { corpus, eventsInArea, expectedEvents, type NaiveQuery } from './expected';

let browser: Browser;
let app: WatchedPage;
let page: Page;
const total = corpus.events.length;

beforeAll(async () => {
  const { launchBrowser } = await import('./browser');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await app?.context.close();
  app = await openApp(browser);
  page = app.page;
  await expect.poll(() => page.getByTestId('event-count').textContent()).toBe(`${total} of ${total} events`);
});

async function shownTitles(): Promise<string[]> {
  return page.locator('.dl-list__title').allTextContents();
}

/** The page shows exactly the expected events: count, list (when short enough to be all in view), map. */
async function expectShown(query: NaiveQuery) {
  const expected = expectedEvents(query);
  await expect
    .poll(() => page.getByTestId('event-count').textContent())
    .toBe(`${expected.length} of ${total} events`);
  if (expected.length <= 8) expect((await shownTitles()).sort()).toEqual(expected.map((e) => e.title).sort());
  const poland = eventsInArea(expected, 'POL');
  const polandArea = page.locator('.leaflet-event-areas-pane path[aria-label^="Poland:"]');
  if (poland > 0)
    await expect
      .poll(() => polandArea.getAttribute('aria-label'))
      .toBe(`Poland: ${poland} event${poland === 1 ? '' : 's'}`);
  else await expect.poll(() => polandArea.count()).toBe(0);
  return expected;
}

describe('filters', () => {
  it('typing dates narrows to the events overlapping the window, widened to their precision', async () => {
    await typeDate(page, 'From date', '2008-08-15');
    await typeDate(page, 'To date', '2008-09-10');
    const shown = await expectShown({ from: '2008-08-15', to: '2008-09-10' });
    // August-precision events overlap a window that only touches August.
    expect(shown.some((e) => e.time.precision === 'month' && e.time.start === '2008-08')).toBe(true);
  });

  it('dragging the range brush changes the events to the new window', async () => {
    const handle = page.getByRole('slider', { name: 'Start of date range' });
    const b = await handle.boundingBox();
    const track = await page.locator('.dl-timeline__brush').boundingBox();
    if (!b || !track) throw new Error('no brush');
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.6, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    const from = await isoDate(page, 'From date');
    expect(from > '2007-06-01').toBe(true);
    const to = await isoDate(page, 'To date');
    await expectShown({ from, to });
  });

  it('moves a brush handle by one bin with the keyboard', async () => {
    const handle = page.getByRole('slider', { name: 'Start of date range' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    const after = Number(await handle.getAttribute('aria-valuenow'));
    expect(after - before).toBeGreaterThanOrEqual(28); // one month bin over this corpus' span
    expect(after - before).toBeLessThanOrEqual(31);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBe(before);
  });

  it('toggling a topic shows only the other topics', async () => {
    const topic = corpus.topics.find((t) => t.id === 'missile-defence');
    if (!topic) throw new Error('topic missing');
    await page.locator('.dl-filters').getByRole('checkbox', { name: topic.label }).uncheck();
    await expectShown({ topics: corpus.topics.map((t) => t.id).filter((id) => id !== topic.id) });
    await page.locator('.dl-filters').getByRole('button', { name: 'none' }).click();
    await expect.poll(() => page.getByText('No events match these filters.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Reset filters', exact: true }).click();
    await expectShown({});
  });

  it('searching matches titles, people, places and quotes, ignoring accents and case', async () => {
    await page.getByRole('searchbox', { name: 'Search events' }).fill('KALININGRAD');
    await expectShown({ text: 'kaliningrad' });
    await page.getByRole('searchbox', { name: 'Search events' }).fill('sárközy unilateral');
    await expectShown({ text: 'sarkozy unilateral' });
  });

  it('plays the window forward and stops at the end', async () => {
    await typeDate(page, 'From date', '2009-01-01');
    await typeDate(page, 'To date', '2009-01-31');
    await expectShown({ from: '2009-01-01', to: '2009-01-31' });
    await page.getByLabel('Playback speed').selectOption({ label: '1 step / 0.2 s' });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => isoDate(page, 'From date')).not.toBe('2009-01-01');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count(), { timeout: 20_000 }).toBe(1);
    const last =
      corpus.events
        .map((e) => e.time.end ?? e.time.start)
        .sort()
        .at(-1) ?? '';
    expect((await isoDate(page, 'To date')).slice(0, 7)).toBe(last.slice(0, 7));
    await expectShown({
      from: await isoDate(page, 'From date'),
      to: await isoDate(page, 'To date'),
    });
  });

  it('zooms the time axis with the wheel and with a two-finger pinch', async () => {
    const svg = page.locator('svg.dl-timeline__chart');
    const labels = () => page.locator('.dl-timeline__axis text').allTextContents();
    const before = await labels();
    const b = await svg.boundingBox();
    if (!b) throw new Error('no histogram');
    await page.mouse.move(b.x + b.width * 0.6, b.y + b.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(labels).not.toEqual(before);
    await page.getByRole('button', { name: 'Fit to data' }).click();
    await expect.poll(labels).toEqual(before);
    // Pinch out: two touch points moving apart, sent as real touch input through the DevTools protocol.
    const cdp = await page.context().newCDPSession(page);
    const y = b.y + b.height / 2;
    const mid = b.x + b.width * 0.6;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: mid - spread, y, id: 1 },
                { x: mid + spread, y, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (const spread of [40, 60, 80, 120, 160]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(labels).not.toEqual(before);
  });
});
