// Foundation: the app shell and the offline basemap in real Chromium.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type WatchedPage } from './browser';

let browser: Browser;
let app: WatchedPage;

beforeAll(async () => {
  const { launchBrowser } = await import('./browser');
  browser = await launchBrowser();
  app = await openApp(browser);
  await app.page.waitForLoadState('networkidle');
});
afterAll(async () => {
  await browser?.close();
});

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}

describe('app shell', () => {
  it('loads with no console errors, no failed requests, and talks only to 127.0.0.1', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.failedRequests).toEqual([]);
    expect([...app.hosts]).toEqual(['127.0.0.1']);
  });

  it('draws the countries from geo/, with names', async () => {
    const count = await app.page.locator('path[data-boundary]').count();
    expect(count).toBeGreaterThan(150);
    const names: Record<string, string> = {
      POL: 'Poland',
      CZE: 'Czech Republic',
      GEO: 'Georgia',
      XKX: 'Kosovo (disputed)',
      LTU: 'Lithuania',
      'RUS-KGD': 'Kaliningrad Oblast',
    };
    for (const [id, name] of Object.entries(names)) {
      const path = app.page.locator(`path[data-boundary="${id}"]`);
      await expect.poll(() => path.getAttribute('aria-label')).toBe(name);
      const b = await box(app.page, `path[data-boundary="${id}"]`);
      expect(b.width * b.height, `${id} is drawn with an area`).toBeGreaterThan(4);
    }
  });

  it('draws the Kaliningrad exclave between Poland and Lithuania', async () => {
    const kgd = await box(app.page, 'path[data-boundary="RUS-KGD"]');
    const pol = await box(app.page, 'path[data-boundary="POL"]');
    const ltu = await box(app.page, 'path[data-boundary="LTU"]');
    expect(kgd.y + kgd.height).toBeLessThanOrEqual(pol.y + pol.height * 0.3); // north of Poland
    expect(kgd.x + kgd.width).toBeLessThanOrEqual(ltu.x + ltu.width * 0.5); // west of Lithuania
  });

  it('shows a country name on hover and on keyboard focus', async () => {
    // Lithuania has no events, so its basemap path is the topmost shape under the pointer.
    const ltu = await box(app.page, 'path[data-boundary="LTU"]');
    await app.page.mouse.move(ltu.x + ltu.width / 2, ltu.y + ltu.height / 2);
    await expect.poll(() => app.page.locator('.leaflet-tooltip').first().textContent()).toBe('Lithuania');
    await app.page.locator('path[data-boundary="XKX"]').focus();
    await expect.poll(() => app.page.locator('.leaflet-tooltip').last().textContent()).toBe('Kosovo');
  });

  it('zooms in and resets the view', async () => {
    const before = await box(app.page, 'path[data-boundary="POL"]');
    await app.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect
      .poll(async () => (await box(app.page, 'path[data-boundary="POL"]')).width)
      .toBeGreaterThan(before.width * 1.5);
    await app.page.getByRole('button', { name: 'Reset view' }).click();
    await expect
      .poll(async () => Math.round((await box(app.page, 'path[data-boundary="POL"]')).width))
      .toBe(Math.round(before.width));
  });

  it('saves a screenshot of the default view', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    const png = await app.page.screenshot({ path: 'test-results/screenshots/default-view.png' });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});

describe('phone layout (375×667)', () => {
  it('fits the screen with a usable map', async () => {
    const phone = await openApp(browser, '', { width: 375, height: 667 });
    const { page } = phone;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await box(page, '.dl-map');
    expect(map.width).toBeGreaterThanOrEqual(370);
    expect(map.height).toBeGreaterThan(250);
    await expect.poll(() => page.getByRole('heading', { name: /Dateline/ }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });
});

describe('when the boundaries cannot load', () => {
  it('shows a clear error with a way to try again, and recovers', async () => {
    const { openPage, baseUrl } = await import('./browser');
    const { page, context } = await openPage(browser);
    let fail = true;
    await page.route(/\/assets\/boundaries\.topo-[^/]*\.json$/, (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    await page.goto(baseUrl());
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('Could not load the country boundaries');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
