// The list popup of a busy spot in real Chromium (src/map/events/PortalPopup.tsx): its buttons stay
// in the page while the pointer moves over them, so a press and release always make a click. Leaflet's
// popup.update() takes the content out and puts it back; run on every re-render (the map re-renders
// on hover), it swallowed the click on a list entry about 1 time in 5 on a busy machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, untilStill } from './browser';
import { corpus } from './expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __removedFromPopup?: number;
  }
}

describe('the list popup', () => {
  it('keeps its entries in the page while the pointer moves over them, and takes the click', async () => {
    const atNice = corpus.events.filter((e) => e.places.some((p) => p.place === 'nice'));
    expect(atNice.length).toBeGreaterThan(2);
    const chosen = atNice[atNice.length - 1];
    if (!chosen) throw new Error('no event at Nice');
    const { page, context, consoleErrors } = await openApp(browser);
    await page.getByRole('button', { name: `Nice: ${atNice.length} events`, exact: true }).click();
    const list = page.getByRole('region', { name: 'Events at Nice' });
    const entries = list.getByRole('button');
    await expect.poll(() => entries.count()).toBe(atNice.length);
    const target = list.getByRole('button', { name: new RegExp(`^${chosen.title}`) });
    await untilStill(target);
    // From here on, count every node taken out of the popup's content.
    await page.evaluate(() => {
      const content = document.querySelector('.leaflet-popup-content');
      if (!content) throw new Error('no popup content');
      window.__removedFromPopup = 0;
      new MutationObserver((records) => {
        for (const r of records)
          window.__removedFromPopup = (window.__removedFromPopup ?? 0) + r.removedNodes.length;
      }).observe(content, { childList: true, subtree: true });
    });
    // Hover over every entry, then press and release on the last one.
    for (let i = 0; i < atNice.length; i++) {
      const box = await entries.nth(i).boundingBox();
      if (!box) throw new Error(`no box for entry ${i}`);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    }
    const box = await target.boundingBox();
    if (!box) throw new Error('no box for the chosen entry');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await page.mouse.down();
    // (Choosing the event closes the popup, so the count is read before the release.)
    expect(await page.evaluate(() => window.__removedFromPopup), 'nodes taken out of the popup').toBe(0);
    await page.mouse.up();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('event'), { message: 'the click chose the event' })
      .toBe(chosen.id);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
