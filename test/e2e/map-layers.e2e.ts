// Events on the map in real Chromium: spots and shaded areas named with their event counts,
// popups from a click or the keyboard, relation arcs, the legend, and no broken marker images.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type WatchedPage } from './browser';
import { corpus } from './expected';

let browser: Browser;
let app: WatchedPage;
let page: Page;

/** Visible events naming a place, as the map counts them (all events are visible by default). */
function countAt(placeId: string): number {
  return corpus.events.filter((e) => e.places.some((p) => p.place === placeId)).length;
}
const label = (name: string, n: number) => `${name}: ${n} ${n === 1 ? 'event' : 'events'}`;

beforeAll(async () => {
  const { launchBrowser } = await import('./browser');
  browser = await launchBrowser();
  app = await openApp(browser);
  page = app.page;
  await page.waitForSelector('.dl-spot-button');
});
afterAll(async () => {
  await browser?.close();
});

describe('event layers', () => {
  it('names every spot and area with its number of events', async () => {
    const spots: [string, string][] = [
      ['nice', 'Nice'],
      ['paris', 'Paris'],
    ];
    for (const [id, name] of spots) {
      await expect
        .poll(() => page.getByRole('button', { name: label(name, countAt(id)), exact: true }).count())
        .toBe(1);
    }
    const areas: [string, string, string][] = [
      ['kaliningrad', 'Kaliningrad', 'RUS-KGD'],
      ['poland', 'Poland', 'POL'],
      ['czech-republic', 'Czech Republic', 'CZE'],
      ['georgia', 'Georgia', 'GEO'],
      ['kosovo', 'Kosovo', 'XKX'],
    ];
    for (const [id, name, boundary] of areas) {
      const path = page.locator(`path[data-event-area="${boundary}"]`);
      await expect.poll(() => path.getAttribute('aria-label')).toBe(label(name, countAt(id)));
    }
  });

  it('lists the events of a busy spot and opens the chosen one', async () => {
    await page.getByRole('button', { name: label('Nice', countAt('nice')), exact: true }).click();
    const list = page.getByRole('region', { name: 'Events at Nice' });
    await expect.poll(() => list.getByRole('button').count()).toBe(countAt('nice'));
    await list
      .getByRole('button', { name: /EU–Russia summit|summit in Nice/i })
      .first()
      .click();
    await expect.poll(() => page.locator('.dl-popup--details').textContent()).toMatch(/summit/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.dl-popup--details').count()).toBe(0);
  });

  it('opens a single-event area from the keyboard', async () => {
    const germany = page.locator('path[data-event-area="DEU"]');
    await expect.poll(() => germany.getAttribute('aria-label')).toBe(label('Germany', 1));
    await germany.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.dl-popup--details').textContent())
      .toContain('Next NATO summit, set for April 2009');
    await page.keyboard.press('Escape');
  });

  it('lists the events of an area on click', async () => {
    await page.locator('path[data-event-area="POL"]').focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: 'Events at Poland' });
    await expect.poll(() => list.getByRole('button').count()).toBe(countAt('poland'));
    await page.keyboard.press('Escape');
  });

  it('draws the Kaliningrad threat as a response to the shield', async () => {
    const arc = page.locator('path[data-relation="response-to"][aria-label^="Medvedev threatens"]');
    await expect.poll(() => arc.count()).toBe(1);
    expect(await arc.getAttribute('aria-label')).toContain('response to US plans a missile-defence shield');
  });

  it('has a legend and no marker images', async () => {
    await expect.poll(() => page.getByRole('region', { name: 'Legend' }).count()).toBe(1);
    const images = await page
      .locator('.leaflet-marker-pane img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(images.filter((w) => w === 0)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
