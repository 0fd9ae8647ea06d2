// Comparing outlets in real Chromium (issue 14, item 7): "compare Reuters and the NYT on Nice" shows
// both outlets side by side with headline, dateline, date and quotes; the outlet filter answers "only
// Reuters", "both" and "only the NYT". Expected counts come from data/ with a naive rule.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEventTime } from '../../src/core/dates';
import { launchBrowser, openApp, untilStill } from './browser';
import { corpus } from './expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const source = (id: string) => {
  const s = corpus.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const outletsOf = (e: (typeof corpus.events)[number]) => new Set(e.sources.map((id) => source(id).outlet));
const REUTERS = 'Reuters';
const NYT = 'The New York Times';
const total = corpus.events.length;

/** Events whose outlets pass: every one of `all`, and nothing outside `within` (when given). */
function naiveCount(all: string[], within?: string[]): number {
  return corpus.events.filter((e) => {
    const outlets = outletsOf(e);
    return all.every((o) => outlets.has(o)) && (!within || [...outlets].every((o) => within.includes(o)));
  }).length;
}

const facet = (page: Page, outlet: string) =>
  page.locator('.dl-filters').getByRole('checkbox', { name: new RegExp(`^${outlet} \\d+$`) });
const count = (page: Page) => page.getByTestId('event-count').textContent();

describe('outlets', () => {
  it('compare Reuters and the NYT on Nice: one card per outlet, side by side, with dateline, date and quotes', async () => {
    const summit = corpus.events.find((e) => e.id === '2008-11-14-eu-russia-summit-nice');
    if (!summit) throw new Error('no Nice summit');
    expect(outletsOf(summit)).toEqual(new Set([NYT, REUTERS]));
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: /^Nice: \d+ events$/ }).click();
    const listed = page
      .getByRole('region', { name: 'Events at Nice' })
      .getByRole('button', { name: new RegExp(`^${summit.title}`) });
    await listed.waitFor();
    await untilStill(listed);
    await listed.click();
    // The choice is in the link before the details are checked (a lost click fails here, by name).
    await expect
      .poll(() => new URL(page.url()).searchParams.get('event'), { message: 'the summit is chosen' })
      .toBe(summit.id);
    const compared = page.getByRole('region', { name: 'Outlets side by side' });
    await expect.poll(() => compared.locator('.dl-details__frame').count()).toBe(summit.sources.length);
    const boxes = [];
    for (const id of summit.sources) {
      const s = source(id);
      const card = compared.getByRole('article', { name: s.outlet });
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(s.headline);
      const dateline = corpus.places.find((p) => p.id === s.dateline)?.name ?? '';
      // The bundled corpus's sources are articles: each has its headline, dateline and date.
      if (!s.headline || !s.published) throw new Error(`${s.id} is not an article`);
      expect(text).toContain(`${dateline} · ${formatEventTime({ start: s.published, precision: 'day' })}`);
      for (const q of summit.quotes.filter((x) => x.source === id)) expect(text).toContain(q.text);
      if (s.url) expect(await card.getByRole('link', { name: s.headline }).getAttribute('href')).toBe(s.url);
      boxes.push(await card.boundingBox());
    }
    // Side by side: the two cards share a row and do not overlap.
    const [a, b] = boxes;
    if (!a || !b) throw new Error('no boxes');
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('answers "only Reuters", "both" and "only the NYT" with the outlet filter, and keeps it in the link', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await facet(page, REUTERS).check();
    await expect.poll(() => count(page)).toBe(`${naiveCount([REUTERS])} of ${total} events`);
    const onlyReuters = naiveCount([REUTERS], [REUTERS]);
    expect(onlyReuters).toBeLessThan(naiveCount([REUTERS]));
    await page.getByRole('radio', { name: 'only them, no other outlet' }).check();
    await expect.poll(() => count(page)).toBe(`${onlyReuters} of ${total} events`);
    expect(new URL(page.url()).searchParams.get('outletmatch')).toBe('only');

    await facet(page, NYT).check();
    await page.getByRole('radio', { name: 'all of them (e.g. both)' }).check();
    const both = naiveCount([REUTERS, NYT]);
    expect(both).toBeGreaterThan(0);
    await expect.poll(() => count(page)).toBe(`${both} of ${total} events`);
    const url = new URL(page.url());
    expect(url.searchParams.get('outlets')).toBe('reuters,the-new-york-times');
    expect(url.searchParams.get('outletmatch')).toBe('all');

    await facet(page, REUTERS).uncheck();
    await page.getByRole('radio', { name: 'only them, no other outlet' }).check();
    await expect.poll(() => count(page)).toBe(`${naiveCount([NYT], [NYT])} of ${total} events`);

    // The link reopens the same answer.
    const again = await openApp(browser, new URL(page.url()).search);
    await expect.poll(() => count(again.page)).toBe(`${naiveCount([NYT], [NYT])} of ${total} events`);
    expect(await again.page.getByRole('radio', { name: 'only them, no other outlet' }).isChecked()).toBe(
      true,
    );
    await again.context.close();
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
