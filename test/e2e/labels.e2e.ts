// Place names on the map (issue 14, item 2), in real Chromium: countries at the default view with no
// two labels overlapping, Kaliningrad and Kosovo named when zoomed in, the places of the events shown
// by the filters, a switch in Layers, labels that never take a click, and legible text in both themes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { corpus, expectedEvents } from './expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  readonly text: string;
  readonly tier: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Inside the map's box. */
  readonly inMap: boolean;
}

/** The labels on screen, with their boxes. */
function shownLabels(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.dl-map')?.getBoundingClientRect();
    return Array.from(document.querySelectorAll<HTMLElement>('.dl-label'), (el) => {
      const r = el.getBoundingClientRect();
      const tier = Array.from(el.classList).find((c) => c.startsWith('dl-label--')) ?? '';
      const inMap =
        !!map && r.left >= map.left && r.top >= map.top && r.right <= map.right && r.bottom <= map.bottom;
      return {
        text: el.textContent ?? '',
        tier: tier.slice('dl-label--'.length),
        x: r.left,
        y: r.top,
        w: r.width,
        h: r.height,
        inMap,
      };
    }).filter((l) => l.w > 0 && getComputedStyle(document.body).visibility !== 'hidden');
  });
}

const texts = (labels: readonly Shown[]) => labels.map((l) => l.text);

/** Waits until the labels have settled on a list containing `text`. */
/** Waits until `text` is labelled (as an event place when `tier` says so: the country labels come with the
 * basemap, the event places once the worker has answered the filters). */
async function waitForLabel(page: Page, text: string, tier?: Shown['tier']): Promise<Shown[]> {
  await expect
    .poll(async () => texts((await shownLabels(page)).filter((l) => !tier || l.tier === tier)), {
      timeout: 15_000,
    })
    .toContain(text);
  return shownLabels(page);
}

describe('map labels', () => {
  it('names countries at the default view, inside the map, with no two labels overlapping', async () => {
    const { page, consoleErrors } = await openApp(browser);
    const labels = await waitForLabel(page, 'Ukraine');
    expect(labels.filter((l) => l.tier === 'country').length).toBeGreaterThanOrEqual(10);
    expect(labels.every((l) => l.inMap)).toBe(true);
    const overlapping: string[] = [];
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          overlapping.push(`${a.text} / ${b.text}`);
    expect(overlapping).toEqual([]);
    // Small areas wait for a closer zoom unless they hold a shown event: with no topic ticked, no Kosovo.
    await page.goto(new URL('?topics=', page.url()).toString());
    const none = await waitForLabel(page, 'Ukraine');
    expect(texts(none)).not.toContain('Kosovo');
    expect(none.filter((l) => l.tier === 'event')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('names Kaliningrad at #map=6/54.71/20.45', async () => {
    const { page } = await openApp(browser, '?topics=#map=6/54.71/20.45');
    const labels = await waitForLabel(page, 'Kaliningrad');
    expect(labels.find((l) => l.text === 'Kaliningrad')?.inMap).toBe(true);
    await page.context().close();
  });

  it('names Kosovo when zoomed in (#map=7/42.6/20.9), legibly: at least 11 px, with a halo', async () => {
    const { page } = await openApp(browser, '?topics=#map=7/42.6/20.9');
    const labels = await waitForLabel(page, 'Kosovo');
    expect(labels.find((l) => l.text === 'Kosovo')?.inMap).toBe(true);
    const style = await page
      .locator('.dl-label', { hasText: /^Kosovo$/ })
      .evaluate((el) => ({ size: getComputedStyle(el).fontSize, halo: getComputedStyle(el).textShadow }));
    expect(Number.parseFloat(style.size)).toBeGreaterThanOrEqual(11);
    expect(style.halo).not.toBe('none');
    await page.context().close();
  });

  it('names the places of the events the filters show, and only those as event places', async () => {
    const { page } = await openApp(browser);
    const all = await waitForLabel(page, 'Nice', 'event');
    expect(all.find((l) => l.text === 'Nice')?.tier).toBe('event');

    const topic = 'armed-conflict';
    const names = new Set(
      expectedEvents({ topics: [topic] }).flatMap((e) =>
        e.places.map((p) => corpus.places.find((place) => place.id === p.place)?.name ?? ''),
      ),
    );
    await page.goto(new URL(`?topics=${topic}`, page.url()).toString());
    const shown = await waitForLabel(page, 'Georgia', 'event');
    const events = texts(shown.filter((l) => l.tier === 'event'));
    expect(events).toContain('Georgia');
    expect(events.filter((name) => !names.has(name))).toEqual([]);
    expect(texts(shown)).not.toContain('Nice');
    await page.context().close();
  });

  it('switches off and on in Layers (layers=points,areas in the address)', async () => {
    const { page } = await openApp(browser);
    await waitForLabel(page, 'Ukraine');
    await page.getByRole('button', { name: 'Layers' }).click();
    const box = page.getByRole('checkbox', { name: 'Place names' });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => page.locator('.dl-label').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('points,areas');
    await box.check();
    // The open panel covers part of the map, and labels keep clear of it.
    await expect.poll(() => page.locator('.dl-label').count()).toBeGreaterThan(5);
    expect(new URL(page.url()).searchParams.get('layers')).toBeNull();
    await page.context().close();
  });

  it('never takes a click, a Tab stop or a place in the accessibility tree: a click on "Poland" opens Poland’s events', async () => {
    const { page } = await openApp(browser);
    // Poland's events are drawn (its label is an event place's) once the worker has answered.
    const labels = await waitForLabel(page, 'Poland', 'event');
    const poland = labels.find((l) => l.text === 'Poland') as Shown;
    // The pointer over Poland draws its events' arcs, which take clicks (they have tooltips) and may cross
    // the label: hover first, then click a point of the label's box where Poland's area is on top.
    await page.mouse.move(poland.x + poland.w / 2, poland.y + poland.h / 2);
    await expect.poll(() => page.locator('.dl-relation').count()).toBeGreaterThan(0);
    const point = await page.waitForFunction(({ x, y, w, h }) => {
      for (let i = 1; i < 8; i++)
        for (const fy of [0.5, 0.25, 0.75]) {
          const at = [x + (w * i) / 8, y + h * fy];
          if (document.elementFromPoint(at[0] ?? 0, at[1] ?? 0)?.getAttribute('data-event-area') === 'POL')
            return at;
        }
      return null;
    }, poland);
    const [x, y] = (await point.jsonValue()) as number[];
    await page.mouse.click(x ?? 0, y ?? 0);
    await expect.poll(() => page.getByRole('region', { name: /Poland/ }).count()).toBe(1);
    const exposed = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.dl-label')).filter(
          (el) => !el.closest('[aria-hidden="true"]') || (el as HTMLElement).tabIndex >= 0,
        ).length,
    );
    expect(exposed).toBe(0);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has a contrast of at least 4.5:1 against its halo (%s theme)',
    async (scheme) => {
      const { page } = await openApp(browser, '', { colorScheme: scheme });
      await waitForLabel(page, 'Ukraine');
      const ratios = await page.evaluate(() => {
        const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => {
          const [r, g, b] = c.map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        return Array.from(document.querySelectorAll('.dl-label'), (el) => {
          const style = getComputedStyle(el);
          const [a, b] = [lum(rgb(style.color)), lum(rgb(style.textShadow))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        });
      });
      expect(ratios.length).toBeGreaterThan(0);
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    },
  );
});
