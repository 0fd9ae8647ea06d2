// The selected event's details beside the map (issue 14, item 1; issue 13, fault 3), in real Chromium:
// the card does not hide the event's places, they are highlighted and brought into the free part of
// the map, and a link that names its view reopens at exactly that view.
import type { Browser, Locator, Page } from 'playwright-core';
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

const byId = (id: string) => {
  const event = corpus.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};
const THREAT = byId('2008-11-05-medvedev-kaliningrad-missile-threat');
const SOFTENS = byId('2008-11-14-medvedev-urges-no-unilateral-steps');
const actorName = (id: string) => corpus.actors.find((a) => a.id === id)?.name ?? id;
const outletOf = (sourceId: string) => corpus.sources.find((s) => s.id === sourceId)?.outlet ?? '';

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return box;
};
const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every highlight (ring or outline) of the selected places, once the map has stopped moving. */
async function highlights(page: Page): Promise<Box[]> {
  const marks = page.locator('.dl-selected-place, .dl-selected-area');
  let before = '';
  // Settled: the same boxes twice, 200 ms apart (a move to the places may be under way).
  for (let i = 0; i < 30; i++) {
    const boxes = await marks.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const now = JSON.stringify(boxes);
    if (now === before && boxes.length > 0) return boxes;
    before = now;
    await page.waitForTimeout(200);
  }
  throw new Error(`highlights did not settle: ${before}`);
}

/** Each place's mark lies inside the map, clear of the details card, and is what the page shows there. */
async function expectPlacesInFreeMap(page: Page, places: number) {
  const marks = await highlights(page);
  expect(marks.length).toBe(places);
  const map = await boxOf(page.locator('.dl-map'));
  const panel = await boxOf(page.locator('.dl-details-panel'));
  for (const mark of marks) {
    const c = centreOf(mark);
    // A ring's centre is its place; an area's outline box may be larger than the view, but its place
    // point is inside it: check the part of the box in view is not all under the card.
    const visible = {
      x: Math.max(mark.x, map.x),
      y: Math.max(mark.y, map.y),
      width: Math.min(mark.x + mark.width, map.x + map.width) - Math.max(mark.x, map.x),
      height: Math.min(mark.y + mark.height, map.y + map.height) - Math.max(mark.y, map.y),
    };
    expect(visible.width, JSON.stringify({ mark, map })).toBeGreaterThan(0);
    expect(visible.height, JSON.stringify({ mark, map })).toBeGreaterThan(0);
    if (mark.width < 60) {
      expect(c.x).toBeGreaterThan(map.x);
      expect(c.x).toBeLessThan(map.x + map.width);
      expect(c.y).toBeGreaterThan(map.y);
      expect(c.y).toBeLessThan(map.y + map.height);
      expect(overlaps(mark, panel), JSON.stringify({ mark, panel })).toBe(false);
      const hit = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.dl-details-panel') ?? null,
        c,
      );
      expect(hit).toBeNull();
    } else {
      // An area: at least part of it is in view outside the card.
      const free = { ...visible, width: Math.min(visible.x + visible.width, panel.x) - visible.x };
      expect(free.width, JSON.stringify({ mark, panel })).toBeGreaterThan(4);
    }
  }
}

describe('details beside the map', () => {
  it('what happened in Kaliningrad and who said it: the area lists its events, the card names the speakers', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.locator('path[data-event-area="RUS-KGD"]').click({ force: true });
    const list = page.getByRole('region', { name: 'Events at Kaliningrad' });
    const softens = list.getByRole('button', { name: new RegExp(`^${SOFTENS.title}`) });
    // The list pans the map to come fully into view; a click while it moves lands beside the button
    // (seen on a loaded machine: the click was lost and the test waited for a card that never came).
    await untilStill(softens);
    await softens.click();
    const card = page.getByRole('region', { name: 'Event details' });
    // (Each look gives up after a second, so a card that never comes fails here, not at the test timeout.)
    await expect
      .poll(() =>
        card
          .locator('.dl-details__title')
          .textContent({ timeout: 1_000 })
          .catch(() => null),
      )
      .toBe(SOFTENS.title);
    // No Leaflet popup any more: the details are in the card.
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    // Who said it: every quote with its speaker, inside the card of the outlet that carried it.
    for (const q of SOFTENS.quotes) {
      const outletCard = card.getByRole('article', { name: outletOf(q.source) });
      const text = (await outletCard.textContent()) ?? '';
      expect(text).toContain(q.text);
      expect(text).toContain(`— ${actorName(q.speaker)}`);
    }
    // Nice (a ring) and Kaliningrad (an outline) are highlighted and in the free part of the map.
    await expectPlacesInFreeMap(page, SOFTENS.places.length);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('moves the map so a place under the card comes out from under it (Moscow, clicked at the east edge)', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const moscow = page.getByRole('button', { name: 'Moscow: 1 event', exact: true });
    await moscow.waitFor();
    const before = centreOf(await boxOf(moscow));
    await page.mouse.click(before.x, before.y);
    await expect
      .poll(() => page.locator('.dl-details-panel .dl-details__title').textContent())
      .toBe(THREAT.title);
    await expectPlacesInFreeMap(page, THREAT.places.length);
    await app.context.close();
  });

  it('brings the places into view for a link that names the event but no view', async () => {
    const app = await openApp(browser, `?event=${THREAT.id}`);
    await expectPlacesInFreeMap(app.page, THREAT.places.length);
    await app.context.close();
  });

  it('closes from its button and from Escape, and the selection leaves the address', async () => {
    const app = await openApp(browser, `?event=${THREAT.id}`);
    const { page } = app;
    const card = page.getByRole('region', { name: 'Event details' });
    await card.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    expect(await page.locator('.dl-selected-place, .dl-selected-area').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await app.context.close();
  });

  it('on a phone, the details are a sheet below the places they describe', async () => {
    const app = await openApp(browser, `?event=${THREAT.id}`, { width: 390, height: 844 });
    const { page } = app;
    const sheet = await boxOf(page.locator('.dl-details-panel'));
    const map = await boxOf(page.locator('.dl-map'));
    expect(sheet.width).toBeGreaterThan(map.width - 2);
    expect(sheet.y + sheet.height).toBeCloseTo(map.y + map.height, 0);
    await expectPlacesInFreeMap(page, THREAT.places.length);
    await app.context.close();
  });
});

describe('issue 13, fault 3', () => {
  it('a link with event= and #map= keeps its view: the Kaliningrad link reopens at 6/54.71/20.45', async () => {
    const path = `?event=${THREAT.id}#map=6/54.71/20.45`;
    const app = await openApp(browser, path);
    const { page } = app;
    await expect
      .poll(() => page.locator('.dl-details-panel .dl-details__title').textContent())
      .toBe(THREAT.title);
    const poland = async () => JSON.stringify(await boxOf(page.locator('path[data-boundary="POL"]')));
    const first = await poland();
    // Map moves reach the address within 400 ms; wait well past that, then nothing may have moved.
    await page.waitForTimeout(1200);
    // The same view, written in its canonical form (three decimals at zoom 6, as osm.org writes it).
    expect(new URL(page.url()).hash).toBe('#map=6/54.710/20.450');
    expect(await poland()).toBe(first);
    // The place is still marked: Kaliningrad's outline is drawn.
    expect(await page.locator('.dl-selected-area').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
