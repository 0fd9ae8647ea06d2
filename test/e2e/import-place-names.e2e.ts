// Place names only, in real Chromium: a CSV with no coordinates names towns places.json lacks; the import
// worker fetches the large gazetteer (geo/gazetteer.json) — not before — and the events are on the map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openApp, openPage } from './browser';

const CSV = [
  'date,title,place,country',
  '2024-05-02,Tram line opens,Villeurbanne,',
  '2024-05-03,County fair,"Springfield, IL",',
  '2024-05-04,Rodeo,Paris,United States',
  '2024-05-05,Lost town found,Xyzzyville,',
].join('\n');

/** Opens towns.csv with the file picker and imports it with the mapping guessed from its header. */
async function importTowns(page: Page) {
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.locator('dialog.dl-open input[type="file"]').setInputFiles({
    name: 'towns.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('towns.csv');
  await page.getByRole('button', { name: 'Import' }).click();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('importing place names', () => {
  it('places rows by name from the large gazetteer, fetched only for the import', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    const fetched: string[] = [];
    context.on('request', (request) => {
      if (/gazetteer[^/]*\.json/.test(request.url())) fetched.push(request.url());
    });
    await page.goto(baseUrl());
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toMatch(/ events$/);
    // The first page load did not need it.
    expect(fetched).toEqual([]);
    await importTowns(page);

    await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('3 of 3 events');
    expect(fetched.length).toBe(1);
    await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
    const report = page.getByRole('status', { name: 'Import report' });
    expect(await report.textContent()).toContain('4 rows read, 3 events loaded, 1 skipped');
    await report.getByText('Show skipped rows').click();
    expect(await report.textContent()).toContain(
      'Row 5, place: place "Xyzzyville" has no coordinates and is not in the gazetteer',
    );

    // Each event shows the place it was given, by name.
    for (const [title, place] of [
      ['County fair', 'Springfield'],
      ['Rodeo', 'Paris'],
      ['Tram line opens', 'Villeurbanne'],
    ]) {
      await page
        .getByRole('listbox', { name: 'Events' })
        .getByRole('option')
        .filter({ hasText: title })
        .click();
      await expect.poll(() => page.locator('.dl-details').textContent()).toContain(place);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('places names offline, from the gazetteer the service worker precached', async () => {
    const { page, context, consoleErrors } = await openApp(browser, '', { serviceWorkers: 'allow' });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    // The second visit is the one the service worker controls, and its workers with it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await importTowns(page);
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('3 of 3 events');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
