// Sharing an imported dataset, in real Chromium: the recipient of a `?ds=` link opens the file they were
// sent and lands on the link's view, told whether the file is the one the link was made with; and a
// full browser storage gives a clear message and never leaves a half-written dataset.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, keptKeys, launchBrowser, openApp, waitForKept } from './browser';

const FIXTURE = 'test/fixtures/import/acled.csv';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.locator('dialog.dl-open input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

const count = (page: Page) => page.getByTestId('event-count').textContent();
const datasetOptions = (page: Page) =>
  page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents();

describe('a link to an imported dataset', () => {
  it("opens on the recipient's copy of the file in the link's view, and says when the file differs", async () => {
    // The sender imports a file, narrows the view, and shares the link and the file.
    const sender = await openApp(browser);
    await importFile(sender.page, FIXTURE);
    await sender.page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    await expect.poll(() => count(sender.page), { timeout: 20_000 }).toBe('2 of 2 events');
    await sender.page.getByRole('button', { name: 'Share' }).click();
    const shared = new URL(await sender.page.getByTestId('share-link').inputValue());
    expect(shared.searchParams.get('v')).toMatch(/\w+/);
    shared.searchParams.set('q', 'Khartoum');
    const link = `${shared.pathname}${shared.search}${shared.hash}`;
    const download = sender.page.waitForEvent('download');
    await sender.page.getByRole('button', { name: 'Download the dataset (Dateline JSON)' }).click();
    const sent = join(tmpdir(), `dateline-shared-${process.pid}.json`);
    writeFileSync(sent, readFileSync(await (await download).path()));
    await sender.context.close();

    // The recipient (another browser profile) has no such dataset: the card says what to do.
    const recipient = await openApp(browser, link);
    await expect
      .poll(() => recipient.page.getByRole('alert').first().textContent(), { timeout: 20_000 })
      .toContain('the link’s view opens on it');
    await importFile(recipient.page, sent);
    await expect.poll(() => recipient.page.url(), { timeout: 20_000 }).toMatch(/[?&]q=Khartoum/);
    await expect.poll(() => count(recipient.page), { timeout: 20_000 }).toBe('1 of 2 events');
    expect(await recipient.page.locator('.dl-list__title').allTextContents()).toEqual([
      'Armed clash in Khartoum',
    ]);
    // The same file: no warning that the data changed.
    expect(await recipient.page.getByRole('status', { name: 'Data changed' }).count()).toBe(0);
    await recipient.context.close();

    // A third person opens the link with a different file: the view opens, with the warning.
    const edited = join(tmpdir(), `dateline-edited-${process.pid}.json`);
    const corpus = JSON.parse(readFileSync(sent, 'utf8'));
    corpus.events[0].title = `${corpus.events[0].title} (edited)`;
    writeFileSync(edited, JSON.stringify(corpus));
    const other = await openApp(browser, link);
    await expect
      .poll(() => other.page.getByRole('alert').first().textContent(), { timeout: 20_000 })
      .toContain('not kept in this browser');
    await importFile(other.page, edited);
    await expect.poll(() => other.page.url(), { timeout: 20_000 }).toMatch(/[?&]q=Khartoum/);
    await expect
      .poll(() => other.page.getByText('The data has changed since this link was made').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await other.context.close();
  });
});

describe('a full browser storage', () => {
  it('says so plainly on the open dataset, keeps nothing half-written, and keeps once there is room', async () => {
    const { page, context } = await openApp(browser);
    // A real quota of 1 kB for this origin (Chromium's DevTools protocol), not a mock of IndexedDB.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseUrl()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
    await importFile(page, FIXTURE);
    // The dataset opens (it is kept after), then says it could not be kept, and why.
    await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    await expect.poll(() => count(page), { timeout: 20_000 }).toBe('2 of 2 events');
    const alert = page.locator('.dl-datasets [role="alert"]');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain(
        "Could not keep “acled.csv”: this browser's storage for Dateline is full. Nothing was written",
      );
    expect(await alert.textContent()).toContain('It is open in this tab only, and a reload loses it');
    expect(await datasetOptions(page)).toEqual(['Bundled corpus', 'acled.csv (not kept)']);
    expect(await keptKeys(page)).toEqual([]);

    // With the quota back, the same import is kept: nothing of the failed one is in the way.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const failed = page.url();
    await importFile(page, FIXTURE);
    await page.waitForURL((url) => url.href !== failed, { timeout: 20_000 });
    await expect.poll(() => count(page), { timeout: 20_000 }).toBe('2 of 2 events');
    await waitForKept(page);
    expect(await datasetOptions(page)).toEqual(['Bundled corpus', 'acled.csv']);
    expect(await page.locator('.dl-datasets [role="alert"]').count()).toBe(0);
    await context.close();
  });
});
