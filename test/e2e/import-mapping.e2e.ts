// Column mapping in real Chromium: a CSV whose headers no preset or guess knows (semicolon-separated,
// German headers) is imported after the person says which column is what — dates, coordinates for one
// row, a city name looked up in the gazetteer for another (and one only the large gazetteer knows,
// geo/gazetteer.json, fetched by the import's worker for it), title and outlet.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

const CSV = [
  'Wann;Breite;Länge;Was;Stadt;Quelle',
  '2024-03-05;48.8566;2.3522;Ministers meet on fishing quotas;;Example Wire',
  '2024-03-09;;;Port strike called off;Marseille;Example Wire',
  '2024-03-12;;;Unplaceable rumour;Xanadu Nowhere;Example Wire',
  '2024-03-14;;;Festival opens;Carcassonne;Example Wire',
].join('\r\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('mapping columns by hand', () => {
  it('imports a CSV with unknown headers once its columns are named, and explains the row it skips', async () => {
    const { page, context, consoleErrors } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles({
      name: 'hafen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const read = page.locator('.dl-open__read');
    await expect.poll(() => read.textContent()).toContain('hafen.csv');
    // The first rows are shown as text, headers included.
    expect(await read.locator('th').allTextContents()).toEqual([
      'Wann',
      'Breite',
      'Länge',
      'Was',
      'Stadt',
      'Quelle',
    ]);

    const pick = (label: string, column: string) =>
      page.getByRole('combobox', { name: label, exact: true }).selectOption(column);
    await pick('Date', 'Wann');
    await pick('Latitude', 'Breite');
    await pick('Longitude', 'Länge');
    await pick('Place name', 'Stadt');
    await pick('Title', 'Was');
    await pick('Source / outlet', 'Quelle');
    await page.getByRole('button', { name: 'Import' }).click();

    await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('3 of 3 events');
    expect((await page.locator('.dl-list__title').allTextContents()).sort()).toEqual([
      'Festival opens',
      'Ministers meet on fishing quotas',
      'Port strike called off',
    ]);
    const report = page.getByRole('status', { name: 'Import report' });
    expect(await report.textContent()).toContain('4 rows read, 3 events loaded, 1 skipped');
    await report.getByText('Show skipped rows').click();
    expect(await report.textContent()).toContain(
      'Row 4, Stadt: place "Xanadu Nowhere" has no coordinates and is not in the gazetteer',
    );

    // The Marseille row is placed by name: its details name the city and the outlet.
    const row = page
      .getByRole('listbox', { name: 'Events' })
      .getByRole('option')
      .filter({ hasText: 'Port strike' });
    // The report stays over the map: it does not cover the list (a regression: it spilled left over it).
    const [box, map] = await Promise.all([report.boundingBox(), page.locator('.dl-map-wrap').boundingBox()]);
    expect(box && map && box.x >= map.x && box.x + box.width <= map.x + map.width).toBe(true);
    await row.click();
    const details = page.locator('.dl-details');
    await expect.poll(() => details.textContent()).toContain('Marseille');
    expect(await details.textContent()).toContain('Example Wire');
    // Carcassonne is not in geo/places.json: the large gazetteer placed it, and its details name it.
    await page
      .getByRole('listbox', { name: 'Events' })
      .getByRole('option')
      .filter({ hasText: 'Festival opens' })
      .click();
    await expect.poll(() => details.textContent()).toContain('Carcassonne');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows every column a preset reads, and says when a changed mapping gives up its codebook', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles('test/fixtures/import/acled.csv');
    const read = page.locator('.dl-open__read');
    await expect.poll(() => read.textContent()).toContain('recognised as ACLED');
    const mapping = page.locator('.dl-open__mapping');
    // Each list field names the columns after its first, which the import reads too.
    expect(await mapping.locator('label', { hasText: /^Actor/ }).textContent()).toContain(
      '(and assoc_actor_1, actor2, assoc_actor_2)',
    );
    expect(await mapping.locator('label', { hasText: /^Category/ }).textContent()).toContain(
      '(and sub_event_type)',
    );
    const note = read.getByRole('note');
    expect(await note.count()).toBe(0);
    await page.getByRole('combobox', { name: 'Title', exact: true }).selectOption('location');
    await expect.poll(() => note.textContent()).toContain("ACLED's own rules");
    // Back to the preset: the note goes and the import keeps ACLED's precision (a month-only row).
    await note.getByRole('button', { name: "Use ACLED's mapping and rules" }).press('Enter');
    await expect.poll(() => note.count()).toBe(0);
    // The button went with the note: the keyboard's place is the mapping's first column, not the page.
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toMatch(
      /^Date/,
    );
    expect(await page.getByRole('combobox', { name: 'Title', exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('2 of 2 events');
    expect(await page.locator('.dl-list__date').allTextContents()).toContain('January 2024');
    await context.close();
  });
});
