// `?data=<url>` in real Chromium: a same-origin file opens directly (with the import report, and kept for
// a reload when the address fails); another host is asked about first and nothing is requested from it
// before Load; Don't load keeps the bundled corpus; a garbled address falls back with a notice; an HTTP
// error, a stalled download or a host that refuses cross-origin reads gives the error card; a CSV without recognisable columns
// goes through the mapping step. The files are ours (test/fixtures/data-url), served with page routes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { corpus } from './expected';

const fixture = (name: string) => readFileSync(`test/fixtures/data-url/${name}`, 'utf8');
const CSV_TITLES = [
  'Dock workers strike in Gdańsk',
  'River flood warning issued in Kraków',
  'Tram line reopens in Poznań',
];
const GEOJSON_TITLES = ['Book fair opens in Vilnius', 'Bridge repairs begin in Riga'];
const OTHER = 'http://example.test';
const total = corpus.events.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves `body` at every URL matching `pattern` (in this context, across reloads); counts requests. */
async function serve(context: BrowserContext, pattern: string | RegExp, body: () => string | number) {
  const seen: string[] = [];
  await context.route(pattern, (route) => {
    seen.push(route.request().url());
    const answer = body();
    if (answer === -1) return; // left hanging
    return typeof answer === 'number'
      ? route.fulfill({ status: answer, body: 'gone' })
      : route.fulfill({ status: 200, body: answer, headers: { 'access-control-allow-origin': '*' } });
  });
  return seen;
}

const count = (page: Page) => page.getByTestId('event-count');

async function expectEvents(page: Page, titles: readonly string[]) {
  await expect
    .poll(() => count(page).textContent(), { timeout: 20_000 })
    .toBe(`${titles.length} of ${titles.length} events`);
  expect((await page.locator('.dl-list__title').allTextContents()).sort()).toEqual([...titles].sort());
  await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
}

async function shareLink(page: Page, note?: string): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  const notes = await page.getByRole('note').allTextContents();
  // Not "kept in this browser only": the link itself carries the data's address.
  expect(notes.join(' ')).not.toContain('kept in this browser only');
  if (note) expect(notes.join(' ')).toContain(note);
  await page.keyboard.press('Escape');
  return link;
}

describe('?data=<url>', () => {
  it('opens a same-origin file at once, reports it, and shares it so a recipient loads the same data', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    const seen = await serve(context, '**/shared/events.csv', () => fixture('events.csv'));
    await page.goto(baseUrl('?data=shared/events.csv'));
    await expectEvents(page, CSV_TITLES);
    expect(seen.length).toBe(1);
    const report = page.getByRole('status', { name: 'Import report' });
    expect(await report.textContent()).toContain('3 rows read, 3 events loaded, 0 skipped');
    // No question for our own origin, and the address keeps `data` through view changes.
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await report.getByRole('button', { name: 'Dismiss: Import report' }).click();
    await page.locator('.dl-list__title').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
    expect(new URL(page.url()).searchParams.get('data')).toBe('shared/events.csv');

    const link = new URL(await shareLink(page, "The link carries the data's address (http://127.0.0.1"));
    expect(link.search).toMatch(/^\?data=shared%2Fevents\.csv&v=[0-9a-z]+/);

    // The recipient opens the link: the same data, so no "data changed" notice.
    const other = await openPage(browser);
    await serve(other.context, '**/shared/events.csv', () => fixture('events.csv'));
    await other.page.goto(link.toString());
    await expectEvents(other.page, CSV_TITLES);
    expect(await other.page.getByRole('status', { name: 'Data changed' }).count()).toBe(0);
    await other.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('tells a recipient whose data differs (v=), and opens the kept copy with a notice when the address fails', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    let broken = false;
    await serve(context, '**/shared/events.csv', () => (broken ? 503 : fixture('events.csv')));
    await page.goto(baseUrl('?data=shared/events.csv'));
    await expectEvents(page, CSV_TITLES);
    const link = await shareLink(page);
    // A recipient whose fetch returns other data is told so by the link's `v`.
    const changed = await openPage(browser);
    await serve(changed.context, '**/shared/events.csv', () => fixture('events.csv').replace('Tram', 'Bus'));
    await changed.page.goto(link);
    await expect
      .poll(() => changed.page.getByRole('status', { name: 'Data changed' }).count(), { timeout: 20_000 })
      .toBe(1);
    await changed.context.close();

    broken = true;
    await page.reload();
    await expectEvents(page, CSV_TITLES);
    await expect
      .poll(() => page.getByRole('status', { name: 'Data from an address' }).textContent())
      .toMatch(/503.*Showing the copy this browser kept on \d{4}-\d\d-\d\d\./);
    expect(consoleErrors.filter((e) => !e.includes('503'))).toEqual([]);
    await context.close();
  });

  it('asks before contacting another host, requests nothing from it until Load, then opens its data', async () => {
    const { page, context } = await openPage(browser);
    const seen = await serve(context, `${OTHER}/**`, () => fixture('events.geojson'));
    const path = `?data=${encodeURIComponent(`${OTHER}/events.geojson`)}`;
    await page.goto(baseUrl(path));
    const ask = page.getByRole('alertdialog', { name: 'Load data from example.test?' });
    await ask.waitFor({ timeout: 20_000 });
    // Meanwhile the bundled corpus is shown, and not one request has gone to the other host.
    await expect
      .poll(() => count(page).textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    await page.waitForLoadState('networkidle');
    expect(seen).toEqual([]);

    await ask.getByRole('button', { name: 'Load', exact: true }).click();
    await expectEvents(page, GEOJSON_TITLES);
    expect(seen).toEqual([`${OTHER}/events.geojson`]);
    expect(new URL(await shareLink(page)).searchParams.get('data')).toBe(`${OTHER}/events.geojson`);
    expect(await page.evaluate(() => localStorage.getItem('dateline:data-hosts'))).toBe(`["${OTHER}"]`);
    await context.close();
  });

  it('remembers a confirmed host, lists it under Open data, and Forget makes links ask again', async () => {
    const { page, context } = await openPage(browser);
    await serve(context, `${OTHER}/**`, () => fixture('events.geojson'));
    await page.goto(baseUrl());
    await page.evaluate(
      (origin) => localStorage.setItem('dateline:data-hosts', JSON.stringify([origin])),
      OTHER,
    );
    const path = `?data=${encodeURIComponent(`${OTHER}/events.geojson`)}`;
    await page.goto(baseUrl(path));
    await expectEvents(page, GEOJSON_TITLES);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const ask = page.getByRole('alertdialog', { name: 'Load data from example.test?' });
    await page.getByRole('button', { name: 'Open data' }).click();
    const hosts = page.getByRole('region', { name: 'Allowed data hosts' });
    expect(await hosts.textContent()).toContain(OTHER);
    // Forget: the page reloads and asks again.
    await hosts.getByRole('button', { name: 'Forget' }).click();
    await ask.waitFor({ timeout: 20_000 });
    await context.close();
  });

  it("Don't load keeps the bundled corpus and drops data from the address", async () => {
    const { page, context, hosts } = await openPage(browser);
    const seen = await serve(context, `${OTHER}/**`, () => fixture('events.geojson'));
    await page.goto(baseUrl(`?data=${encodeURIComponent(`${OTHER}/events.geojson`)}`));
    const ask = page.getByRole('alertdialog', { name: 'Load data from example.test?' });
    await ask.getByRole('button', { name: "Don't load" }).click();
    await expect.poll(() => ask.count()).toBe(0);
    await expect
      .poll(() => count(page).textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    expect(new URL(await shareLink(page)).searchParams.has('data')).toBe(false);
    expect(seen).toEqual([]);
    expect([...hosts]).toEqual(['127.0.0.1']);
    await context.close();
  });

  it('a garbled data address falls back to the bundled corpus with a notice', async () => {
    const { page, context, hosts } = await openPage(browser);
    await page.goto(baseUrl(`?data=${encodeURIComponent('javascript:alert(1)')}&topics=nonexistent`));
    await expect
      .poll(() => count(page).textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    const notices = await page.getByRole('status', { name: 'Link problems' }).allTextContents();
    expect(notices.join(' ')).toContain('only http and https addresses can be opened');
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    expect([...hosts]).toEqual(['127.0.0.1']);
    await context.close();
  });

  it('an HTTP error and a stalled download give the error card, and Try again recovers', async () => {
    const { page, context } = await openPage(browser);
    await context.addInitScript(() => {
      (window as unknown as { __DATELINE_FETCH_TIMEOUT_MS__: number }).__DATELINE_FETCH_TIMEOUT_MS__ = 1500;
    });
    let answer: string | number = 404;
    await serve(context, '**/shared/events.csv', () => answer);
    await page.goto(baseUrl('?data=shared/events.csv'));
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('Could not load events.csv from 127.0.0.1');
    expect(await alert.textContent()).toContain('the server answered 404');
    answer = -1;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('nothing arrived for 1.5 s');
    answer = fixture('events.csv');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectEvents(page, CSV_TITLES);
    await context.close();
  });

  it('a host that does not allow other sites to read its file gets an error card naming the missing header', async () => {
    // A real second origin (another port) that serves the file without Access-Control-Allow-Origin:
    // Chromium refuses the page the body (page routes would bypass CORS, so a real server it is).
    const server = createServer((_req, res) => res.end(fixture('events.geojson')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const { page, context } = await openPage(browser);
      await page.goto(baseUrl(`?data=${encodeURIComponent(`http://${host}/events.geojson`)}`));
      const ask = page.getByRole('alertdialog', { name: `Load data from ${host}?` });
      await ask.getByRole('button', { name: 'Load', exact: true }).click({ timeout: 20_000 });
      const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
      await expect
        .poll(() => alert.textContent(), { timeout: 20_000 })
        .toContain(`Could not load events.geojson from ${host}: ${host} did not answer`);
      expect(await alert.textContent()).toContain('Access-Control-Allow-Origin');
      await context.close();
    } finally {
      server.close();
    }
  });

  it('a CSV without recognisable columns goes through the mapping step, then opens from its address', async () => {
    const { page, context } = await openPage(browser);
    const seen = await serve(context, '**/shared/needs-mapping.csv', () => fixture('needs-mapping.csv'));
    await page.goto(baseUrl('?data=shared/needs-mapping.csv'));
    const dialog = page.locator('dialog.dl-open');
    await expect
      .poll(() => dialog.locator('.dl-open__read').textContent(), { timeout: 20_000 })
      .toContain('needs-mapping.csv');
    expect(await dialog.locator('table').textContent()).toContain('Ferry timetable changes in Tallinn');
    await dialog.getByRole('combobox', { name: 'Date', exact: true }).selectOption('when');
    await dialog.getByRole('combobox', { name: 'Latitude' }).selectOption('northing');
    await dialog.getByRole('combobox', { name: 'Longitude' }).selectOption('easting');
    await dialog.getByRole('combobox', { name: 'Title' }).selectOption('what');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expectEvents(page, ['Ferry timetable changes in Tallinn', 'Harbour festival in Helsinki']);
    expect(new URL(page.url()).searchParams.get('data')).toBe('shared/needs-mapping.csv');
    // Read again from its address with the mapping kept in this browser.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
