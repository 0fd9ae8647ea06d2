// Issue 13's faults, each reproduced in real Chromium as it was found, and checked fixed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openApp, openPage } from './browser';
import { corpus } from './expected';

let browser: Browser;
const total = corpus.events.length;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('links that name unknown things', () => {
  it('unknown topics show all events, keep the address meaning that, and say what was ignored', async () => {
    const { page, context } = await openApp(browser, '?topics=nonexistent');
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${total} of ${total} events`);
    await expect
      .poll(() => page.getByRole('status', { name: 'Link problems' }).textContent())
      .toContain('unknown topic id: nonexistent');
    expect(new URL(page.url()).searchParams.has('topics')).toBe(false);
    await context.close();
  });

  it('?layers=bogus keeps the default overlays on', async () => {
    const { page, context } = await openApp(browser, '?layers=bogus');
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${total} of ${total} events`);
    // Area events are shaded (the areas overlay is on), as with no layers parameter at all.
    await expect.poll(() => page.locator('path[data-event-area]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a link cannot make the page contact another host', () => {
  it('?layers=tiles asks first and requests nothing from tile.openstreetmap.org', async () => {
    const { page, context, hosts } = await openApp(browser, '?layers=points,tiles');
    const consent = page.getByRole('alertdialog', { name: 'Load map tiles?' });
    await expect.poll(() => consent.textContent()).toContain('Load map tiles from tile.openstreetmap.org?');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect([...hosts]).toEqual(['127.0.0.1']);
    await consent.getByRole('button', { name: 'Stay offline' }).click();
    await expect.poll(() => consent.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('points');
    expect([...hosts]).toEqual(['127.0.0.1']);
    await context.close();
  });
});

describe('data requests that never answer', () => {
  /** Opens the app with a 1.5 s fetch deadline and the matching requests left hanging. */
  async function openHanging(pattern: RegExp) {
    const watched = await openPage(browser);
    await watched.context.addInitScript(() => {
      (window as unknown as { __DATELINE_FETCH_TIMEOUT_MS__: number }).__DATELINE_FETCH_TIMEOUT_MS__ = 1500;
    });
    let hang = true;
    await watched.page.route(pattern, (route) => (hang ? undefined : route.continue()));
    await watched.page.goto(baseUrl());
    return { ...watched, release: () => (hang = false) };
  }

  it('a data request that never answers ends in an error card with Try again, and recovers', async () => {
    const { page, context, release } = await openHanging(/\/assets\/corpus-[^/]*\.json$/);
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toContain('Could not load the event corpus (data/corpus.json): no complete answer within 1.5 s');
    release();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${total} of ${total} events`);
    expect(await alert.count()).toBe(0);
    await context.close();
  });

  it('when corpus and boundaries both fail, one panel names both', async () => {
    const { page, context } = await openHanging(/\/assets\/(corpus|boundaries\.topo)-[^/]*\.json$/);
    const alerts = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect.poll(() => alerts.textContent(), { timeout: 10_000 }).toContain('the event corpus');
    expect(await alerts.count()).toBe(1);
    expect(await alerts.textContent()).toContain('Could not load the country boundaries');
    await context.close();
  });
});

describe('?synthetic=N', () => {
  it('works from a link up to 100k, but above that asks before building anything', async () => {
    const { page, context } = await openApp(browser, '?synthetic=1000000');
    const ask = page.getByRole('alertdialog', { name: 'Build a synthetic corpus?' });
    await expect.poll(() => ask.textContent()).toContain('1,000,000 events');
    expect(await ask.textContent()).toContain('800 MB');
    // Nothing is built meanwhile: no event count, no loading spinner for events.
    await page.waitForTimeout(300);
    expect(await page.getByTestId('event-count').count()).toBe(0);
    await context.close();
  });

  it('builds the corpus once the person confirms', async () => {
    const { page, context } = await openApp(browser, '?synthetic=100001');
    await page.getByRole('button', { name: 'Build 100,001 events' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('100,001 of 100,001 events');
    await context.close();
  });
});

describe('hostile text in the data', () => {
  it('long unbroken strings wrap and clamp, and bidi controls are isolated, in the details', async () => {
    const hostile = structuredClone(corpus) as unknown as {
      sources: { id: string; outlet: string; headline: string }[];
      events: { id: string; title: string; sources: string[] }[];
    };
    const target = hostile.events.find(
      (e) => new Set(e.sources.map((id) => hostile.sources.find((s) => s.id === id)?.outlet)).size >= 2,
    );
    if (!target) throw new Error('the corpus has no event with two outlets');
    const [firstSource] = target.sources;
    const source = hostile.sources.find((s) => s.id === firstSource);
    if (!source) throw new Error('source missing');
    source.headline = 'x'.repeat(100_000);
    source.outlet = `\u202EOutlet\u202C`;
    target.title = `Reversed \u202Etitle\u2066 text`;
    const { page, context } = await openPage(browser);
    await page.route(/\/assets\/corpus-[^/]*\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }),
    );
    await page.goto(baseUrl(`?event=${target.id}`));
    const details = page.locator(`.dl-details[data-event-id="${target.id}"]`);
    await details.waitFor({ timeout: 20_000 });
    const viewport = page.viewportSize()?.width ?? 1280;
    const box = await details.boundingBox();
    expect(box?.width ?? Infinity).toBeLessThan(viewport / 2);
    // The outlet cards sit side by side without painting over each other, each inside the card.
    const frames = await details.locator('.dl-details__frame').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          scroll: el.scrollWidth - el.clientWidth,
        };
      }),
    );
    expect(frames.length).toBeGreaterThanOrEqual(2);
    for (const f of frames) expect(f.scroll).toBeLessThanOrEqual(1);
    for (let i = 1; i < frames.length; i++) {
      const [a, b] = [frames[i - 1], frames[i]] as [(typeof frames)[0], (typeof frames)[0]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap).toBe(false);
    }
    // The 100,000-character headline is clamped to a few lines.
    const headline = details.locator('.dl-details__frame q').first();
    expect((await headline.boundingBox())?.height ?? Infinity).toBeLessThan(120);
    // Every element holding data isolates its bidi controls.
    for (const selector of ['.dl-details__title', '.dl-details__outlet']) {
      const bidi = await details
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).unicodeBidi);
      expect(bidi).toBe('isolate');
    }
    await context.close();
  });
});
