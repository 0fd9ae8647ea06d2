// A calmer map (issue 14, item 8), in real Chromium: arcs only for the selected or hovered event (all
// arcs an opt-in layer), dots coloured by the topics shown ("only missile defence"), light area fills,
// hover tooltips on spots, arcs and histogram bars, and a legend that leaves the map free. Expected
// values come from data/ with naive rules (test/e2e/expected.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../src/core/types';
import { spotRadius } from '../../src/map/events/paint-spot';
import { baseUrl, launchBrowser, openApp, openPage } from './browser';
import { corpus, expectedEvents } from './expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const places = new Map(corpus.places.map((p) => [p.id, p]));
const events = new Map(corpus.events.map((e) => [e.id, e]));
const THREAT = events.get('2008-11-05-medvedev-kaliningrad-missile-threat') as NewsEvent;
const SHIELD = events.get('2007-us-missile-shield-poland-czech-republic') as NewsEvent;
const anchor = (e: NewsEvent) => places.get(e.places[0]?.place ?? '');

/** Naive: relations between two shown events at different first places, touching `focus` (all when null). */
function arcCount(shown: readonly NewsEvent[], focus: string | null): number {
  const ids = new Set(shown.map((e) => e.id));
  let n = 0;
  for (const e of shown)
    for (const r of e.related) {
      const other = events.get(r.event);
      if (!other || other === e || !ids.has(other.id)) continue;
      if (focus !== null && e.id !== focus && other.id !== focus) continue;
      const [a, b] = [anchor(e), anchor(other)];
      if (a && b && (a.lat !== b.lat || a.lon !== b.lon)) n++;
    }
  return n;
}

/** Arcs on screen: neither the path nor its group (a batch of arcs, RelationLayer) is hidden. */
const arcs = (page: Page) =>
  page.locator('path[data-relation]:not(.dl-relation--hidden):not(.dl-relation--hidden *)');

async function centreOf(page: Page, name: string) {
  const b = await page.getByRole('button', { name, exact: true }).boundingBox();
  if (!b) throw new Error(`no button ${name}`);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

describe('arcs', () => {
  it('draws none by default, the selected event’s when one is open, and every one as an opt-in layer', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.waitForSelector('.dl-spot-button');
    expect(await arcs(page).count()).toBe(0);

    await page.goto(new URL(`?event=${THREAT.id}`, page.url()).toString());
    const expected = arcCount(corpus.events, THREAT.id);
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => arcs(page).count()).toBe(expected);
    const toShield = page.locator('path[data-relation="response-to"][aria-label^="Medvedev threatens"]');
    expect(await toShield.getAttribute('aria-label')).toContain(`response to ${SHIELD.title}`);
    // The arc's tooltip says what relates to what, in words.
    await toShield.focus();
    await expect
      .poll(() => page.locator('.leaflet-tooltip.dl-tooltip--lines').textContent())
      .toBe(`${THREAT.title}\nIn response to: ${SHIELD.title}`);

    await page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => arcs(page).count()).toBe(0);

    // Layers → All relations: every arc, kept in the link.
    await page.getByRole('button', { name: 'Layers' }).click();
    await page.getByRole('checkbox', { name: /^All relations/ }).check();
    await expect.poll(() => arcs(page).count()).toBe(arcCount(corpus.events, null));
    expect(new URL(page.url()).searchParams.get('layers')).toBe('points,areas,relations,labels');
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('shows a spot’s events and their arcs while the pointer is on it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.waitForSelector('.dl-spot-button');
    const moscow = await centreOf(page, 'Moscow: 1 event');
    await page.mouse.move(moscow.x + 1, moscow.y + 1);
    await page.mouse.move(moscow.x, moscow.y);
    const tooltip = page.locator('.leaflet-tooltip.dl-tooltip--lines');
    await expect.poll(() => tooltip.textContent()).toBe(`Moscow: 1 event\n• ${THREAT.title}`);
    await expect.poll(() => arcs(page).count()).toBe(arcCount(corpus.events, THREAT.id));
    // Off the spot, over open sea: tooltip and arcs go.
    const map = await page.locator('.dl-map').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.move(map.x + 80, map.y + map.height - 60);
    await expect.poll(() => tooltip.count()).toBe(0);
    await expect.poll(() => arcs(page).count()).toBe(0);
    await app.context.close();
  });

  it('keeps a spot’s tooltip whole at the map’s edge, turning it beside the spot', async () => {
    // Moscow a few pixels from the map's left edge: above it, its tooltip would be cut in half.
    const app = await openApp(browser, '#map=5/55.75/57.3');
    const { page } = app;
    await page.waitForSelector('.dl-spot-button');
    const moscow = await centreOf(page, 'Moscow: 1 event');
    const map = await page.locator('.dl-map').boundingBox();
    if (!map) throw new Error('no map');
    expect(moscow.x - map.x).toBeLessThan(60);
    await page.mouse.move(moscow.x + 1, moscow.y + 1);
    await page.mouse.move(moscow.x, moscow.y);
    const tooltip = page.locator('.leaflet-tooltip.dl-tooltip--lines');
    await expect.poll(() => tooltip.textContent()).toBe(`Moscow: 1 event\n• ${THREAT.title}`);
    const box = await tooltip.boundingBox();
    if (!box) throw new Error('no tooltip');
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.x).toBeGreaterThan(moscow.x);
    expect(await tooltip.getAttribute('class')).toContain('leaflet-tooltip-right');
    await app.context.close();
  });

  it('keeps an area’s tooltip, which follows the pointer, whole at the map’s top edge', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const map = await page.locator('.dl-map').boundingBox();
    if (!map) throw new Error('no map');
    // A point 6 px below the map's top edge over an event's shaded area (Russia), clear of the map's controls.
    const y = map.y + 6;
    const x = await page.evaluate(
      ({ left, right, y }) => {
        for (let x = left; x < right; x += 10) {
          const el = document.elementFromPoint(x, y);
          if (el instanceof SVGPathElement && el.closest('.leaflet-event-areas-pane')) return x;
        }
        return null;
      },
      { left: map.x + 120, right: map.x + map.width - 120, y },
    );
    if (x === null) throw new Error('no area at the top edge');
    await page.mouse.move(x, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    const tooltip = page.locator('.leaflet-tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    await expect.poll(() => tooltip.getAttribute('class')).toContain('leaflet-tooltip-bottom');
    const box = await tooltip.boundingBox();
    if (!box) throw new Error('no tooltip');
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y).toBeGreaterThan(y);
    await app.context.close();
  });
});

/** "#rrggbb" → [r, g, b]. */
const rgbOf = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

describe('only missile defence', () => {
  it('shows its events, and paints a spot of events with other topics first in its colour', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const topic = corpus.topics.find((t) => t.id === 'missile-defence');
    if (!topic) throw new Error('no missile-defence topic');
    const filters = page.locator('.dl-filters');
    await filters.getByRole('button', { name: 'none', exact: true }).click();
    await filters.getByRole('checkbox', { name: /^Missile defence \d+$/ }).check();
    const shown = expectedEvents({ topics: ['missile-defence'] });
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${shown.length} of ${corpus.events.length} events`);
    // At Nice, an event whose first topic is another one is shown only for missile defence.
    const atNice = shown.filter((e) => e.places.some((p) => p.place === 'nice'));
    expect(atNice.some((e) => e.topics[0] !== 'missile-defence')).toBe(true);
    const name = `Nice: ${atNice.length} events`;
    await page.getByRole('button', { name, exact: true }).waitFor();
    const { x, y } = await centreOf(page, name);
    const r = spotRadius(atNice.length, false);
    // Inside the disc all round (the badge sits up and to the right): every sample is the topic's colour.
    const samples: [number, number][] = [
      [-0.55, 0],
      [0, 0.55],
      [-0.4, 0.4],
      [0.45, 0.3],
      [-0.3, -0.45],
    ];
    const pixels = await page.evaluate(
      ({ points }) => {
        const canvas = document.querySelector<HTMLCanvasElement>('.dl-spot-canvas');
        const box = canvas?.getBoundingClientRect();
        const ctx = canvas?.getContext('2d');
        if (!canvas || !box || !ctx) return [];
        const ratio = canvas.width / box.width;
        return points.map(([px, py]) => [
          ...ctx.getImageData(Math.round((px - box.x) * ratio), Math.round((py - box.y) * ratio), 1, 1).data,
        ]);
      },
      { points: samples.map(([dx, dy]): [number, number] => [x + dx * r, y + dy * r]) },
    );
    const want = rgbOf(topic.color);
    expect(pixels.length).toBe(samples.length);
    for (const px of pixels) {
      for (let c = 0; c < 3; c++)
        expect(Math.abs((px[c] ?? 0) - (want[c] ?? 0)), JSON.stringify(px)).toBeLessThan(6);
    }
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});

describe('a calmer map', () => {
  it('tints large areas lightly, titles the histogram bars, and keeps the open legend small', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const russia = page.locator('path[data-event-area="RUS"]');
    await russia.waitFor();
    const opacity = Number(await russia.evaluate((el) => getComputedStyle(el).fillOpacity));
    expect(opacity).toBeGreaterThan(0);
    expect(opacity).toBeLessThanOrEqual(0.4);
    // Histogram bars carry a tooltip (an SVG <title>) saying what they count.
    const title = await page.locator('.dl-timeline__bin title').first().textContent();
    expect(title).toMatch(/: \d+(\.\d)? events?/);
    // The legend, opened, covers less than 15 % of the map at 1280×800.
    await page.getByRole('button', { name: /^Legend/ }).click();
    await expect.poll(() => page.locator('.dl-legend__body').isVisible()).toBe(true);
    const legend = await page.locator('.dl-legend').boundingBox();
    const map = await page.locator('.dl-map').boundingBox();
    if (!legend || !map) throw new Error('no boxes');
    expect((legend.width * legend.height) / (map.width * map.height)).toBeLessThan(0.15);
    await app.context.close();
  });
});

describe('hostile text in tooltips (issue 13, fault 9)', () => {
  it('clips a 100,000-character title in a spot’s tooltip and isolates its bidi controls', async () => {
    const hostile = structuredClone(corpus) as unknown as { events: { id: string; title: string }[] };
    const target = hostile.events.find((e) => e.id === THREAT.id);
    if (!target) throw new Error('no threat event');
    target.title = `\u202E${'x'.repeat(100_000)}`;
    const { page, context } = await openPage(browser);
    await page.route(/\/assets\/corpus-[^/]*\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }),
    );
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Moscow: 1 event', exact: true }).waitFor({ timeout: 20_000 });
    const moscow = await centreOf(page, 'Moscow: 1 event');
    await page.mouse.move(moscow.x + 1, moscow.y + 1);
    await page.mouse.move(moscow.x, moscow.y);
    const tooltip = page.locator('.leaflet-tooltip.dl-tooltip--lines');
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = (await tooltip.textContent()) ?? '';
    expect(text.length).toBeLessThan(300);
    expect(text.endsWith('…')).toBe(true);
    const box = await tooltip.boundingBox();
    expect(box?.width ?? Infinity).toBeLessThan(400);
    expect(box?.height ?? Infinity).toBeLessThan(200);
    expect(await tooltip.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await context.close();
  });
});
