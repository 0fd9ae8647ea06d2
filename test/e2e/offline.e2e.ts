// Offline after the first visit: the service worker precaches the app, geo/ and data/.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { corpus } from './expected';

let browser: Browser;
const SW_FILE = 'dist/sw.js';
const total = corpus.events.length;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('loads once, goes offline, reloads, and still shows the map and the events', async () => {
    const { page, context, consoleErrors } = await openApp(browser, '', { serviceWorkers: 'allow' });
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${total} of ${total} events`);
    // Wait until the service worker has installed (precached everything) and is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      let count = 0;
      for (const name of names) count += (await (await caches.open(name)).keys()).length;
      return count;
    });
    expect(cached).toBeGreaterThan(4);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${total} of ${total} events`);
    expect(await page.locator('.dl-list__title').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('offers to reload when a new build is deployed', async () => {
    const { page, context } = await openApp(browser, '', { serviceWorkers: 'allow' });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    // The second visit is the one the worker controls (the first page is never taken over mid-use).
    await page.reload();
    await page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.getByRole('alertdialog', { name: 'Update available' }).count()).toBe(0);
    // A new deployment: the served worker changes (any byte change makes a new worker). The build in
    // dist/ is what the test server serves, so the file is changed there and put back afterwards.
    const original = readFileSync(SW_FILE, 'utf8');
    const prompt = page.getByRole('alertdialog', { name: 'Update available' });
    try {
      writeFileSync(SW_FILE, `${original}\n// build 2\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect.poll(() => prompt.count(), { timeout: 10_000 }).toBe(1);
      // Reload moves the page onto the new worker, and the question is gone.
      const before = await page.evaluate(() => performance.timeOrigin);
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await expect
        .poll(() => page.evaluate(() => performance.timeOrigin), { timeout: 10_000 })
        .not.toBe(before);
      await page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
      expect(await prompt.count()).toBe(0);
    } finally {
      writeFileSync(SW_FILE, original);
    }
    await context.close();
  });

  it('serves an installable manifest with icons', async () => {
    const { page, context } = await openApp(browser);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href as string);
    expect(manifest).toMatchObject({ name: 'Dateline', display: 'standalone', start_url: '.' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string }[]) {
      const status = await page.evaluate(async (src) => {
        const response = await fetch(src);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { ok: response.ok, png: bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 };
      }, icon.src);
      expect(status).toEqual({ ok: true, png: true });
    }
    await context.close();
  });
});
