// "New from article" in real Chromium: paste a news-style story (written by us: test/fixtures/review),
// see what the drafter found highlighted with accessible names, pick another place for a mention,
// edit, accept and drop drafts, add them to a dataset (a copy when it came from ?data=), find them after a reload; open the same story as
// HTML (its scripts never run); axe on the view; the phone layout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, keepDataset, launchBrowser, openApp, openPage } from './browser';
import { corpus } from './expected';

const ARTICLE = readFileSync('test/fixtures/review/article.txt', 'utf8');
const TITLE = 'Ministers agree on Alps tunnel timetable';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the view, pastes the article with its metadata and drafts it. */
async function draftArticle(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New from article' }).click();
  const panel = page.getByRole('region', { name: 'New from article' });
  await panel.getByLabel('Article text').fill(ARTICLE);
  await panel.getByLabel('Outlet').fill('Test Wire');
  await panel.getByLabel('Headline').fill(TITLE);
  await panel.getByLabel('Publication date').fill('2010-05-12');
  const go = panel.getByRole('button', { name: 'Draft events' });
  // Enabled once the drafter and its gazetteer have loaded.
  await expect.poll(() => go.isEnabled(), { timeout: 20_000 }).toBe(true);
  await go.click();
  await expect.poll(() => panel.getByRole('article').count()).toBe(3);
  return panel;
}

describe('new from article', () => {
  // The first two tests are one review in two steps (reading and picking; deciding and adding), on one page.
  let watched: Awaited<ReturnType<typeof openPage>>;
  let panel: Locator;

  it('pastes an article: highlights with accessible names, drafts, marks, and a place picked among namesakes', async () => {
    watched = await openPage(browser);
    const { page } = watched;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(baseUrl());
    await page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
    // The drafter and the large gazetteer are not part of the first page load.
    expect(requests.filter((u) => /gazetteer-|\/draft-|readability-/.test(u))).toEqual([]);

    panel = await draftArticle(page);
    expect(requests.some((u) => /gazetteer-.*\.json$/.test(u))).toBe(true);
    // Highlights are buttons (or a named group for a quote) with accessible names.
    expect(await panel.getByRole('button', { name: 'place: Nice, France' }).count()).toBe(2);
    expect(await panel.getByRole('button', { name: 'place: France, adjective French' }).count()).toBe(1);
    expect(
      await panel.getByRole('button', { name: 'date: Tuesday, 2010-05-11, day, happened' }).count(),
    ).toBe(1);
    expect(await panel.getByRole('button', { name: 'date: June 3, 2010-06-03, day, planned' }).count()).toBe(
      1,
    );
    expect(await panel.getByRole('button', { name: 'actor: Claire Dubois (new)' }).count()).toBe(1);
    expect(await panel.getByRole('group', { name: /^quote/ }).textContent()).toBe(
      '“We have agreed on a timetable for the tunnel,”',
    );
    // The drafts' places are provisional marks on the map, not event spots.
    await expect.poll(() => page.locator('.dl-draft-mark').count()).toBeGreaterThanOrEqual(3);

    // Paris, France → Paris, Texas: from the mention's candidates, also drawn on the map.
    await panel.getByRole('button', { name: 'place: Paris, France' }).click();
    const picker = panel.getByRole('region', { name: 'Choose the place for Paris' });
    // Paris, France, then the US Parises by size (Texas first; the gazetteer has US towns of 2,000).
    await expect.poll(() => page.locator('.dl-candidate').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.dl-candidate').nth(1).getAttribute('title')).toBe(
      'Candidate 2: Paris, Texas, United States',
    );
    await picker.getByRole('button', { name: 'Paris, Texas, United States' }).click();
    await expect.poll(() => picker.count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'place: Paris, Texas, United States' }).count()).toBe(1);
    const second = panel.getByRole('article', { name: /^Draft 2:/ });
    expect(await second.locator('.dl-draft__place').allTextContents()).toEqual([
      'Paris, Texas, United States',
    ]);
  });

  it('accepts two drafts, drops one, and adds them to a new dataset that survives a reload', async () => {
    const { page, consoleErrors } = watched;
    const second = panel.getByRole('article', { name: /^Draft 2:/ });
    // Edit and accept the first, accept the second, drop the third.
    const first = panel.getByRole('article', { name: /^Draft 1:/ });
    await first.getByLabel('Title', { exact: true }).fill(TITLE);
    await first.getByLabel('Accept').check();
    await first.getByLabel('Diplomacy').check();
    await second.getByLabel('Title', { exact: true }).fill('Treaty signing planned in Paris');
    await second.getByLabel('Accept').check();
    await second.getByLabel('Diplomacy').check();
    await panel
      .getByRole('article', { name: /^Draft 3:/ })
      .getByLabel('Drop')
      .check();
    expect(await panel.locator('.dl-review__foot').textContent()).toContain(
      '2 of 3 drafts go into a new dataset, “Bundled corpus + my drafts”',
    );
    await panel.getByRole('button', { name: 'Add to dataset' }).click();

    // The new dataset opens on the first new event: on the map, in the list, in the count.
    const total = corpus.events.length + 2;
    await page.waitForURL(/\?ds=d[0-9a-z]+&event=2010-05-11-ministers-agree/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    const titles = await page.locator('.dl-list__title').allTextContents();
    expect(titles).toContain(TITLE);
    expect(titles).toContain('Treaty signing planned in Paris');
    expect(titles).not.toContain(expect.stringContaining('Turin'));
    await expect.poll(() => page.getByRole('heading', { name: TITLE }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toMatch(/^d[0-9a-z]+$/);

    // Kept in IndexedDB: found again after a reload, under the same ?ds=.
    const url = page.url();
    await page.reload();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    expect(page.url()).toBe(url);
    await expect.poll(() => page.getByRole('heading', { name: TITLE }).count()).toBeGreaterThan(0);

    expect(consoleErrors).toEqual([]);
    await watched.context.close();
  });

  it('merges a draft into the event a kept dataset already holds: the article becomes its second source', async () => {
    const { page, context, consoleErrors } = await openApp(browser);
    // A kept dataset: the bundled corpus under another name, written as the importer writes one.
    const info = {
      id: 'dkept1',
      name: 'My dataset',
      fileName: 'my.json',
      events: 24,
      from: null,
      to: null,
      importedAt: '2026-01-01T00:00:00Z',
    };
    await keepDataset(page, info, readFileSync('data/corpus.json', 'utf8'), 'pieces');
    await page.goto(baseUrl('?ds=dkept1'));
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('24 of 24 events');

    await page.getByRole('button', { name: 'New from article' }).click();
    const panel = page.getByRole('region', { name: 'New from article' });
    await panel.getByLabel('Article text').fill(readFileSync('test/fixtures/review/summit.txt', 'utf8'));
    await panel.getByLabel('Outlet').fill('Test Wire');
    await panel.getByLabel('Headline').fill('Medvedev calls for security talks in Nice');
    await panel.getByLabel('Publication date').fill('2008-11-15');
    const go = panel.getByRole('button', { name: 'Draft events' });
    await expect.poll(() => go.isEnabled(), { timeout: 20_000 }).toBe(true);
    await go.click();
    const draft = panel.getByRole('article', { name: /^Draft 1:/ });
    await draft.getByLabel('Merge: add this source to “EU–Russia summit in Nice”').check();
    expect(await panel.locator('.dl-review__foot').textContent()).toContain(
      '1 of 1 drafts go into “My dataset”',
    );
    await panel.getByRole('button', { name: 'Add to dataset' }).click();

    // The same dataset, re-read: no new event, and the summit now cites the article too.
    await page.waitForURL(/\?ds=dkept1&event=2008-11-14-eu-russia-summit-nice/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('24 of 24 events');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.getByText('Test Wire').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('drafts added while a ?data= dataset is open go into a copy of it, which the next visit to the address leaves alone', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    // Same-origin data from an address: read afresh on every visit, so drafts must not be written into it.
    await context.route('**/shared/events.csv', (route) =>
      route.fulfill({ status: 200, body: readFileSync('test/fixtures/data-url/events.csv', 'utf8') }),
    );
    const address = baseUrl('?data=shared/events.csv');
    await page.goto(address);
    const count = () => page.getByTestId('event-count').textContent();
    await expect.poll(count, { timeout: 20_000 }).toBe('3 of 3 events');

    const panel = await draftArticle(page);
    const first = panel.getByRole('article', { name: /^Draft 1:/ });
    await first.getByLabel('Title', { exact: true }).fill(TITLE);
    await first.getByLabel('Accept').check();
    await first.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first().check();
    for (const n of [2, 3])
      await panel
        .getByRole('article', { name: new RegExp(`^Draft ${n}:`) })
        .getByLabel('Drop')
        .check();
    expect(await panel.locator('.dl-review__foot').textContent()).toContain(
      '1 of 3 drafts go into a new dataset, “events.csv + my drafts”',
    );
    await panel.getByRole('button', { name: 'Add to dataset' }).click();
    await page.waitForURL(/\?ds=d[0-9a-z]+&event=2010-05-11-ministers-agree/, { timeout: 20_000 });
    await expect.poll(count, { timeout: 20_000 }).toBe('4 of 4 events');
    const copy = page.url();
    const names = await page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents();
    expect(names.some((n) => n.startsWith('events.csv + my drafts'))).toBe(true);

    // The address again: its own three events; the copy keeps the draft.
    await page.goto(address);
    await expect.poll(count, { timeout: 20_000 }).toBe('3 of 3 events');
    await page.goto(copy);
    await expect.poll(count, { timeout: 20_000 }).toBe('4 of 4 events');
    expect(await page.locator('.dl-list__title').allTextContents()).toContain(TITLE);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads an HTML file without running its scripts, and passes axe', async () => {
    const { page, context, consoleErrors, failedRequests } = await openApp(browser);
    await page.getByRole('button', { name: 'New from article' }).click();
    const panel = page.getByRole('region', { name: 'New from article' });
    await panel
      .getByLabel(/Or open a \.txt or \.html file/)
      .setInputFiles('test/fixtures/review/article.html');
    await expect.poll(() => panel.getByLabel('Article text').inputValue()).toContain('voters in Turin');
    const text = await panel.getByLabel('Article text').inputValue();
    expect(text).not.toContain('window.__articleScriptRan');
    expect(text).not.toContain('Home');
    expect(await panel.getByLabel('Headline').inputValue()).toBe(TITLE);
    await panel.getByLabel('Publication date').fill('2010-05-12');
    const go = panel.getByRole('button', { name: 'Draft events' });
    await expect.poll(() => go.isEnabled(), { timeout: 20_000 }).toBe(true);
    await go.click();
    await expect.poll(() => panel.getByRole('article').count()).toBe(3);
    expect(await panel.getByRole('button', { name: 'place: Nice, France' }).count()).toBe(2);
    expect(
      await page.evaluate(() => (window as { __articleScriptRan?: boolean }).__articleScriptRan),
    ).toBeUndefined();
    expect(await page.evaluate(() => document.body.getAttribute('data-ran'))).toBeNull();
    expect(failedRequests.filter((r) => r.includes('never.png'))).toEqual([]);

    // Keyboard: the new reading takes the focus; one Tab stop for the text, arrows between highlights,
    // Enter picks, Escape cancels.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('place: Nice, France');
    await panel.getByRole('button', { name: 'place: Nice, France' }).first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'place: France',
    );
    await page.keyboard.press('Enter');
    const picker = panel.getByRole('region', { name: 'Choose the place for France' });
    await expect.poll(() => picker.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);

    await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Element,
              opts: object,
            ): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }>;
          };
        }
      ).axe;
      const region = document.querySelector('.dl-review') as Element;
      const result = await axe.run(region, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    // Chromium reports the page's policy refusing the page's inline `onerror` as DOMParser reads it: a
    // second wall (the parsed document is inert anyway). Nothing else went wrong.
    const refused = (m: string) =>
      m.startsWith('Executing inline event handler') && m.includes('has been blocked');
    expect(consoleErrors.filter((m) => !refused(m))).toEqual([]);
    await context.close();
  });

  it('fits a phone: the panel is a sheet under the map, nothing wider than the screen', async () => {
    const { page, context } = await openApp(browser, '', { width: 390, height: 844 });
    const panel = await draftArticle(page);
    const box = await panel.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    // The map stays in view above the sheet, for the marks and the candidates.
    expect(box?.y).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
