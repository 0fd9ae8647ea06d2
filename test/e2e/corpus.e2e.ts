// The corpus in the browser: the seed events' count, and a broken corpus reported without losing
// the good records.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8')) as { events: Record<string, unknown>[] };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the seed corpus', () => {
  it('shows every seed event', async () => {
    const { page, consoleErrors, context } = await openPage(browser);
    await page.goto(baseUrl());
    const total = corpus.events.length;
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    // The list is windowed: its options say how many there are in all.
    const firstOption = page.getByRole('listbox', { name: 'Events' }).getByRole('option').first();
    await expect.poll(() => firstOption.getAttribute('aria-setsize')).toBe(String(total));
    expect(await page.getByRole('alert', { name: 'Data problems' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a broken corpus', () => {
  it('lists the problems in a dismissible notice and loads the good records', async () => {
    const broken = structuredClone(corpus);
    const [first, second] = broken.events;
    if (!first || !second) throw new Error('corpus too small');
    first.time = { start: '2008-02-30', precision: 'day' };
    second.status = 'rumoured';
    const { page, context } = await openPage(browser);
    await page.route(/\/assets\/corpus-[^/]*\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto(baseUrl());
    const notice = page.getByRole('alert', { name: 'Data problems' });
    await expect
      .poll(() => notice.textContent(), { timeout: 20_000 })
      .toContain('2 records could not be loaded');
    await notice.getByText('Show problems').click();
    const text = await notice.textContent();
    expect(text).toContain(`record ${first.id as string} · field time.start`);
    expect(text).toContain('2008-02-30');
    expect(text).toContain(`record ${second.id as string} · field status`);
    const total = corpus.events.length;
    expect(await page.getByTestId('event-count').textContent()).toBe(`${total - 2} of ${total - 2} events`);
    await page.getByRole('button', { name: 'Dismiss data problems' }).click();
    expect(await notice.count()).toBe(0);
    // The rest of the map still works.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await context.close();
  });
});

describe('download', () => {
  it('exports the events currently shown, as GeoJSON and as CSV', async () => {
    const { expectedEvents } = await import('./expected');
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl('?from=2008-11-01&to=2008-11-30'));
    const expected = expectedEvents({ from: '2008-11-01', to: '2008-11-30' });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`^${expected.length} of`));
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${expected.length} events as GeoJSON` }).click(),
    ]);
    const collection = JSON.parse(readFileSync((await geojson.path()) ?? '', 'utf8')) as {
      type: string;
      features: { properties: { id: string } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(new Set(collection.features.map((f) => f.properties.id))).toEqual(
      new Set(expected.map((e) => e.id)),
    );
    // The menu closes after a download; open it again for the second format.
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${expected.length} events as CSV` }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const header = readFileSync((await csv.path()) ?? '', 'utf8').split('\r\n')[0];
    expect(header).toBe(
      'id,title,summary,start,end,precision,status,place,placeId,placeKind,placeRole,topics,actors,sources,related,lat,lon',
    );
    await context.close();
  });
});
