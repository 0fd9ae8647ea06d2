// Linked views: the address bar holds the whole view; a copied link reopens it elsewhere; Back and
// Forward step through it; share and embed work; a hostile link breaks and injects nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openApp } from './browser';
import { isoDate, typeDate } from './dates';
import { corpus, expectedEvents } from './expected';

let browser: Browser;
const total = corpus.events.length;
const summit = corpus.events.find(
  (e) => e.places.some((p) => p.place === 'nice' && p.role === 'venue') && e.time.start === '2008-11-14',
);
if (!summit) throw new Error('the corpus lacks the Nice summit');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  count: string | null;
  titles: string[];
  details: string | null;
  from: string;
  to: string;
  poland: { x: number; y: number; width: number } | null;
}

async function seen(page: Page): Promise<Seen> {
  const poland = await page.locator('path[data-boundary="POL"]').boundingBox();
  return {
    count: await page.getByTestId('event-count').textContent(),
    titles: await page.locator('.dl-list__title').allTextContents(),
    details: (await page.locator('.dl-details-panel .dl-details h2').count())
      ? await page.locator('.dl-details-panel .dl-details h2').textContent()
      : null,
    from: await isoDate(page, 'From date'),
    to: await isoDate(page, 'To date'),
    poland: poland && { x: Math.round(poland.x), y: Math.round(poland.y), width: Math.round(poland.width) },
  };
}

/** Waits until the address bar passes `test` and then stays the same for 1 s (map writes are throttled). */
async function settled(page: Page, test: (url: URL) => boolean) {
  await expect.poll(() => test(new URL(page.url())), { timeout: 10_000 }).toBe(true);
  for (let previous = ''; previous !== page.url(); ) {
    previous = page.url();
    await page.waitForTimeout(1000);
  }
}

describe('a view built by interacting', () => {
  it('reopens identically from its link in a fresh browser context', async () => {
    const { page, context } = await openApp(browser);
    const map = await page.locator('.dl-map').boundingBox();
    if (!map) throw new Error('no map');
    // Pan with a drag, then zoom.
    await page.mouse.move(map.x + map.width * 0.3, map.y + map.height * 0.7);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width * 0.45, map.y + map.height * 0.6, { steps: 6 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settled(page, (u) => u.hash.startsWith('#map='));
    // Brush, topic, selection.
    await typeDate(page, 'From date', '2008-11-01');
    await typeDate(page, 'To date', '2008-11-30');
    await page.locator('.dl-filters').getByRole('checkbox', { name: 'Armed conflict' }).uncheck();
    await page.locator('.dl-list__title', { hasText: summit.title }).click();
    await settled(page, (u) => u.searchParams.get('event') === summit.id);
    const url = page.url();
    const parsed = new URL(url);
    expect(parsed.searchParams.get('from')).toBe('2008-11-01');
    expect(parsed.searchParams.get('to')).toBe('2008-11-30');
    expect(parsed.searchParams.get('topics')?.split(',')).not.toContain('armed-conflict');
    const before = await seen(page);
    expect(before.details).toBe(summit.title);
    const expected = expectedEvents({
      from: '2008-11-01',
      to: '2008-11-30',
      topics: corpus.topics.map((t) => t.id).filter((t) => t !== 'armed-conflict'),
    });
    expect(before.count).toBe(`${expected.length} of ${total} events`);

    const other = await openApp(browser, url.slice(baseUrl().length));
    await expect
      .poll(() => other.page.locator('.dl-details-panel .dl-details h2').textContent())
      .toBe(summit.title);
    await other.page.waitForTimeout(300);
    const after = await seen(other.page);
    expect(after.count).toBe(before.count);
    expect(after.titles).toEqual(before.titles);
    expect(after.details).toBe(before.details);
    expect([after.from, after.to]).toEqual([before.from, before.to]);
    // Same centre and zoom (within the URL's rounding): Poland is drawn in the same place and size.
    expect(after.poland && before.poland).toBeTruthy();
    expect(Math.abs((after.poland?.width ?? 0) - (before.poland?.width ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs((after.poland?.x ?? 0) - (before.poland?.x ?? 0))).toBeLessThanOrEqual(3);
    expect(Math.abs((after.poland?.y ?? 0) - (before.poland?.y ?? 0))).toBeLessThanOrEqual(3);
    expect(other.page.url()).toBe(url);
    expect(await other.page.locator('.dl-list__row--selected .dl-list__title').textContent()).toBe(
      summit.title,
    );
    expect(other.consoleErrors).toEqual([]);
    await other.context.close();

    // Back and Forward step through the discrete changes.
    await page.goBack();
    await expect.poll(() => page.locator('.dl-details-panel .dl-details').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await page.goBack();
    await expect
      .poll(() => page.locator('.dl-filters').getByRole('checkbox', { name: 'Armed conflict' }).isChecked())
      .toBe(true);
    await page.goForward();
    await page.goForward();
    await expect
      .poll(() => page.locator('.dl-details-panel .dl-details h2').textContent())
      .toBe(summit.title);
    expect(page.url()).toBe(url);
    await context.close();
  });
});

describe('sharing', () => {
  it('copies the link with the corpus version, and its embed opens without chrome', async () => {
    const { page, context } = await openApp(browser, '', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByRole('searchbox', { name: 'Search events' }).fill(summit.title);
    await page.locator('.dl-list__title', { hasText: summit.title }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const link = await dialog.getByTestId('share-link').inputValue();
    expect(new URL(link).searchParams.get('v')).toMatch(/^[0-9a-z]{1,16}$/);
    expect(new URL(link).searchParams.get('event')).toBe(summit.id);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => dialog.getByText('Link copied').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const snippet = await dialog.getByTestId('embed-snippet').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(new URL(src).searchParams.get('embed')).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // "Copy link to this event" in the details.
    await page.locator('.dl-details-panel').getByRole('button', { name: 'Copy link to this event' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('event')).toBe(summit.id);

    const embed = await openApp(browser, src.slice(baseUrl().length));
    expect(await embed.page.locator('.dl-header').isVisible()).toBe(false);
    // The data arrives from the worker after the basemap: once the event is open, the page is complete.
    await expect
      .poll(() => embed.page.locator('.dl-details-panel .dl-details h2').textContent())
      .toBe(summit.title);
    expect(await embed.page.locator('.dl-header').isVisible()).toBe(false);
    expect(await embed.page.getByRole('listbox', { name: 'Events' }).count()).toBe(0);
    expect(await embed.page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    const open = embed.page.getByRole('link', { name: 'Open in Dateline' });
    expect(new URL((await open.getAttribute('href')) ?? '').searchParams.get('embed')).toBeNull();
    await embed.context.close();
    await context.close();
  });

  it('uses the native share sheet on a phone that has one', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    // Headless Chromium has no OS share sheet: record what the page hands to navigator.share.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.waitForSelector('path[data-boundary="POL"]');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.length))
      .toBe(1);
    const data = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared[0]);
    expect(new URL(data?.url ?? '').searchParams.get('v')).toMatch(/^[0-9a-z]{1,16}$/);
    expect(await page.getByRole('dialog', { name: 'Share this view' }).isVisible()).toBe(false);
    await context.close();
  });

  it('says so when a link was made with another version of the data', async () => {
    const { page, context } = await openApp(browser, '?v=0ld');
    await expect
      .poll(() => page.getByRole('status', { name: 'Data changed' }).textContent())
      .toContain('The data has changed');
    expect(new URL(page.url()).searchParams.get('v')).toBeNull();
    await context.close();
  });
});

describe('a hostile link', () => {
  it('falls back per parameter, says what it ignored, and injects nothing', async () => {
    const hostile =
      '?from=2008-02-30&to=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&topics=missile-defence,%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E' +
      '&event=javascript:window.__pwned=1&layers=points,%3Csvg%20onload%3Dwindow.__pwned%3D1%3E&utm_source=x#map=NaN/1e999/abc';
    const page0 = await openApp(browser, hostile);
    const { page } = page0;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const notice = page.getByRole('status', { name: 'Link problems' });
    await expect.poll(() => notice.textContent()).toContain('ignored');
    const text = (await notice.textContent()) ?? '';
    for (const param of ['from', 'to', 'topics', 'event', 'layers', 'map']) expect(text).toContain(param);
    expect(text).not.toContain('utm_source');
    // The valid part of the link is kept: only the missile-defence topic.
    const expected = expectedEvents({ topics: ['missile-defence'] });
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${expected.length} of ${total} events`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(page0.consoleErrors).toEqual([]);
    await page0.context.close();
  });
});
