// A dataset's own outlines, in real Chromium: a GeoJSON polygon (written by us) opened with the file
// picker is painted where its coordinates say, the map frames it, and clicking it opens its event
// with the area outlined as selected.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

const FIXTURE = 'test/fixtures/import/area.geojson';
const TITLE = 'Locust swarms over the grazing lands';
/** The fixture's polygon: a lon/lat rectangle. */
const WEST = 12;
const EAST = 20;
const SOUTH = 14;
const NORTH = 18;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Web Mercator pixel coordinates at `zoom` (256-pixel tiles), as Leaflet's EPSG:3857. */
function project(lat: number, lon: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [
    (scale * (lon + 180)) / 360,
    (scale * (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI)) / 2,
  ];
}

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/**
 * The view the URL names once the map has stopped moving: #map=ZOOM/LAT/LNG. The framing of a new
 * dataset is its default view and is not written, so the map is first nudged by a drag.
 */
async function settledView(page: Page, map: Box): Promise<[number, number, number]> {
  // From empty map on the right, clear of the controls and the polygon.
  const [x, y] = [map.x + map.width * 0.85, map.y + map.height * 0.6];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 30, y + 20, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).hash, { timeout: 20_000 }).toMatch(/^#map=/);
  for (let previous = ''; previous !== page.url(); ) {
    previous = page.url();
    await page.waitForTimeout(500);
  }
  const [zoom, lat, lon] = new URL(page.url()).hash.slice('#map='.length).split('/').map(Number);
  return [zoom as number, lat as number, lon as number];
}

describe('own areas', () => {
  it('paints an imported polygon where it lies, frames it, and opens its event on a click', async () => {
    const { page, consoleErrors } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles(FIXTURE);
    await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('area.geojson: GeoJSON.');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    const area = page.locator('path[data-event-area^="own:"]');
    await expect.poll(() => area.count(), { timeout: 20_000 }).toBe(1);
    expect(await area.getAttribute('aria-label')).toMatch(/: 1 event$/);

    // Where it should be: the path's box is the rectangle projected around the map's centre.
    const map = await box(page.locator('.dl-map'));
    const [zoom, lat, lon] = await settledView(page, map);
    const [cx, cy] = project(lat, lon, zoom);
    const at = (la: number, lo: number) => {
      const [x, y] = project(la, lo, zoom);
      return [map.x + map.width / 2 + x - cx, map.y + map.height / 2 + y - cy] as const;
    };
    const [left, top] = at(NORTH, WEST);
    const [right, bottom] = at(SOUTH, EAST);
    const painted = await box(area);
    // A few pixels: the URL rounds the centre to what the zoom can show.
    for (const [got, want] of [
      [painted.x, left],
      [painted.y, top],
      [painted.x + painted.width, right],
      [painted.y + painted.height, bottom],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThan(4);
    // Framed: the whole polygon is inside the map.
    expect(left).toBeGreaterThan(map.x);
    expect(right).toBeLessThan(map.x + map.width);

    await area.click({ force: true });
    const card = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => card.locator('.dl-details__title').textContent()).toBe(TITLE);
    // Selected: the area is outlined.
    await expect.poll(() => page.locator('path.dl-selected-area').count()).toBe(1);
    const outline = await box(page.locator('path.dl-selected-area'));
    expect(Math.abs(outline.x - painted.x)).toBeLessThan(4);
    expect(Math.abs(outline.width - painted.width)).toBeLessThan(4);
    expect(consoleErrors).toEqual([]);
  });
});
