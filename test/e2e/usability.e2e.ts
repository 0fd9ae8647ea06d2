// Issue 14 (usability), done as a person does it in real Chromium at 1280×800 and 390×844: typing a
// date range, the Tab walk to Play, the Download menu, playback by calendar steps, and the phone
// layout. Expected values come from data/ (test/e2e/expected.ts), not from the app.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInterval, formatIsoDay, parseIsoDay, toDayNumber } from '../../src/core/dates';
import { launchBrowser, openApp, type WatchedPage } from './browser';
import { isoDate, typeDate } from './dates';
import { corpus, expectedEvents } from './expected';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const total = corpus.events.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const params = (page: Page) => new URL(page.url()).searchParams;

async function openAt(size: (typeof SIZES)[number], path = ''): Promise<WatchedPage> {
  const app = await openApp(browser, path, { width: size.width, height: size.height });
  await expect.poll(() => app.page.getByTestId('event-count').textContent()).toMatch(/ of \d+ events$/);
  return app;
}

/** The controls a finger uses within `scope` that are smaller than 44 × 44 px (WCAG 2.5.5), by name. */
function smallTargets(page: Page, scope: string) {
  return page.evaluate(
    (within) =>
      [
        ...document.querySelectorAll<HTMLElement>(
          `${within} :is(button, select, input:not([type="checkbox"]), summary, [role="slider"], label:has(input[type="checkbox"]), .leaflet-bar a)`,
        ),
      ]
        .filter((el) => !el.classList.contains('dl-spot-button'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return r.width > 0 && s.visibility !== 'hidden' && r.top < innerHeight;
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30),
            w: r.width,
            h: r.height,
          };
        })
        .filter((b) => b.w < 44 || b.h < 43.5),
    scope,
  );
}

/** On a phone the date fields sit behind the "Dates" toggle. */
async function showDates(page: Page) {
  const toggle = page.getByRole('button', { name: 'Dates', exact: true });
  if (await toggle.isVisible()) await toggle.click();
}

/** How many rows the visible buttons, selects and labels within `scope` take (their distinct tops). */
function rowsOfControls(page: Page, scope: string): Promise<number> {
  return page.locator(scope).evaluate((el) => {
    const tops = [...el.querySelectorAll<HTMLElement>('button, select, label')]
      .filter((c) => c.checkVisibility())
      .map((c) => Math.round(c.getBoundingClientRect().top));
    return new Set(tops).size;
  });
}

/** On a phone loop, mode, speed and the time zoom sit behind the "More" toggle. */
async function showMore(page: Page) {
  const toggle = page.getByRole('button', { name: 'More', exact: true });
  if (await toggle.isVisible()) await toggle.click();
}

/** WCAG contrast ratio of each selector's first element's text against the colour it sits on. */
function contrastRatios(page: Page, selectors: readonly string[]) {
  return page.evaluate((selectors) => {
    const rgba = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    // The colour the text sits on: the nearest ancestor with a mostly opaque background.
    const backdrop = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    return selectors.map((selector) => {
      const el = document.querySelector(selector);
      if (!el) return [selector, 0] as const;
      const [a, b] = [lum(rgba(getComputedStyle(el).color)), lum(backdrop(el))];
      return [selector, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)] as const;
    });
  }, selectors);
}

describe.each(SIZES)('date entry at $name size', (size) => {
  it('types 01 Nov 2008 → 30 Nov 2008 by keyboard and the URL ends at that window', async () => {
    const app = await openAt(size);
    const { page } = app;
    await showDates(page);
    const from = page.getByLabel('From date');
    await from.click();
    await from.press('ControlOrMeta+a');
    await page.keyboard.type('01 Nov 2008');
    await page.keyboard.press('Enter');
    const to = page.getByLabel('To date');
    await to.click();
    await to.press('ControlOrMeta+a');
    await page.keyboard.type('30 Nov 2008');
    await page.keyboard.press('Tab'); // leaving the field applies it too
    await expect.poll(() => page.url()).toMatch(/[?&]from=2008-11-01&to=2008-11-30(&|#|$)/);
    expect(await from.inputValue()).toBe('1 Nov 2008'); // the app's one date format
    const expected = expectedEvents({ from: '2008-11-01', to: '2008-11-30' }).length;
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${expected} of ${total} events`);
    await app.context.close();
  });

  it('never applies a half-typed year (typing "0002" reset the window)', async () => {
    const app = await openAt(size, '?from=2008-11-01&to=2008-11-30');
    const { page } = app;
    await showDates(page);
    const from = page.getByLabel('From date');
    await from.click();
    await from.press('ControlOrMeta+a');
    for (const key of '0002') await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Tab');
    expect(params(page).get('from')).toBe('2008-11-01');
    expect(await isoDate(page, 'From date')).toBe('2008-11-01');
    await app.context.close();
  });

  it('says that a bar can be clicked, and clicking a bar picks its whole bin', async () => {
    const app = await openAt(size);
    const { page } = app;
    await showDates(page);
    const unit = /Events per (\w+)/.exec(
      (await page.locator('svg.dl-timeline__chart').getAttribute('aria-label')) ?? '',
    )?.[1];
    await expect
      .poll(() => page.locator('.dl-timeline__hint').textContent())
      .toContain(`Click a bar to pick its ${unit}`);
    // The tallest bar: the bin with the most events.
    const bars = page.locator('.dl-timeline__bin > rect[fill="transparent"]');
    const titles = await page.locator('.dl-timeline__bin > title').allTextContents();
    const counts = titles.map((t) => Number(/: ([\d.]+) event/.exec(t)?.[1] ?? 0));
    const k = counts.indexOf(Math.max(...counts));
    const box = await bars.nth(k).boundingBox();
    if (!box) throw new Error('no bar');
    if (size.name === 'phone') expect(box.width).toBeGreaterThanOrEqual(6); // was ~5 px of week bars
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
    await expect.poll(() => params(page).get('from')).not.toBeNull();
    const from = parseIsoDay(params(page).get('from') ?? '') ?? 0;
    const to = parseIsoDay(params(page).get('to') ?? '') ?? 0;
    const d = new Date(from * 86_400_000);
    if (unit === 'month') {
      expect(d.getUTCDate()).toBe(1);
      expect(to).toBe(toDayNumber(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) - 1);
    } else if (unit === 'week') {
      expect(d.getUTCDay()).toBe(1); // Monday
      expect(to - from).toBe(6);
    }
    const expected = expectedEvents({ from: formatIsoDay(from), to: formatIsoDay(to) }).length;
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${expected} of ${total} events`);
    await app.context.close();
  });
});

/** What a focused element looks like: on screen, and with an outline or ring that shows. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow !== 'none';
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40),
      visible:
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth,
      indicator: outline || ring,
      isPlay: el.classList.contains('dl-timeline__play'),
    };
  });
}

describe.each(SIZES)('keyboard at $name size', (size) => {
  it('reaches Play in at most 25 Tab presses, every stop visible with a focus indicator', async () => {
    const app = await openAt(size);
    const { page } = app;
    const stops: string[] = [];
    let presses = 0;
    for (; presses < 40; ) {
      await page.keyboard.press('Tab');
      presses++;
      const state = await focusState(page);
      if (!state) continue;
      stops.push(state.name);
      expect(state.visible, `Tab ${presses} (${state.name}) is on screen`).toBe(true);
      expect(state.indicator, `Tab ${presses} (${state.name}) shows focus`).toBe(true);
      if (state.isPlay) break;
    }
    expect(stops.at(-1), stops.join(' | ')).toMatch(/Play/);
    expect(presses).toBeLessThanOrEqual(25);
    // The 274 basemap shapes are not Tab stops.
    expect(
      await page.locator('path[data-boundary][tabindex="0"], path[data-boundary]:not([tabindex])').count(),
    ).toBe(0);
    await app.context.close();
  });

  it('skip links take focus to the map, the event list and the timeline', async () => {
    const app = await openAt(size);
    const { page } = app;
    const targets = [
      ['Skip to map', '.dl-map'],
      ['Skip to event list', '.dl-list'],
      ['Skip to timeline', '.dl-timeline'],
    ] as const;
    for (const [label, selector] of targets) {
      await page.keyboard.press('Tab'); // from wherever focus is, back to the top below
      await page.getByRole('link', { name: label }).focus();
      expect((await focusState(page))?.visible).toBe(true);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
        .toBe(true);
    }
    expect(new URL(page.url()).hash.includes('dl-')).toBe(false); // the hash holds the map view only
    await app.context.close();
  });

  it('moves between event marks on the map with the arrow keys', async () => {
    const app = await openAt(size);
    const { page } = app;
    await page.waitForSelector('.dl-spot-button');
    expect(await page.locator('.dl-spot-button[tabindex="0"]').count()).toBe(1);
    await page.locator('.dl-spot-button[tabindex="0"]').focus();
    const seen = new Set<string>();
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      seen.add((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
      await page.keyboard.press(key);
    }
    seen.add((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
    expect(seen.size).toBeGreaterThan(1);
    expect([...seen].every((name) => /: \d+ events?$/.test(name))).toBe(true);
    await app.context.close();
  });
});

describe.each(SIZES)('Download menu at $name size', (size) => {
  it('opens inside the viewport, says what the export holds, and closes', async () => {
    const app = await openAt(size, '?from=2008-11-01&to=2008-11-30');
    const { page } = app;
    const toggle = page.getByRole('button', { name: 'Download', exact: true });
    const before = await toggle.boundingBox();
    await toggle.click();
    const panel = page.locator('.dl-download__formats');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const inside = (b: { x: number; y: number; width: number; height: number } | null) =>
      b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width && b.y + b.height <= size.height;
    expect(inside(await panel.boundingBox())).toBe(true);
    // Seen, not only laid out: what is on top at the middle of each format button is that button (a
    // header that clipped its overflow hid the menu behind the map on phones).
    const covered = await panel.locator('button').evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return !top || !b.contains(top);
        })
        .map((b) => b.textContent),
    );
    expect(covered).toEqual([]);
    expect(await toggle.boundingBox()).toEqual(before); // the header did not move (it went to y = −17)
    const events = expectedEvents({ from: '2008-11-01', to: '2008-11-30' });
    const rows = events.reduce((n, e) => n + e.places.length, 0);
    expect(await panel.locator('.dl-download__holds').textContent()).toContain(
      `${events.length} event${events.length === 1 ? '' : 's'} → ${rows} row${rows === 1 ? '' : 's'}, one per event and place.`,
    );
    await toggle.click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    await toggle.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await app.context.close();
  });
});

/** A calendar month with no events inside the data's range, as YYYY-MM. */
function emptyMonth(): string {
  const intervals = corpus.events.flatMap((e) => eventInterval(e.time) ?? []);
  const first = Math.min(...intervals.map((i) => i.start));
  const last = Math.max(...intervals.map((i) => i.end));
  for (let day = first; day <= last; ) {
    const d = new Date(day * 86_400_000);
    const start = toDayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const end = toDayNumber(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) - 1;
    if (start >= first && !intervals.some((i) => i.start <= end && i.end >= start))
      return formatIsoDay(start).slice(0, 7);
    day = end + 1;
  }
  throw new Error('every month has events');
}

describe.each(SIZES)('playback at $name size', (size) => {
  it('steps by whole months, ±1, shows a large date while playing and an empty step calmly', async () => {
    const app = await openAt(size, '?from=2008-11-01&to=2008-11-30');
    const { page } = app;
    // Month bins at both sizes: zoom in once, wait for the chart to say its new unit (a stale read
    // of the old label made this test zoom back out on a loaded machine), and out again if too fine.
    const chartLabel = async () =>
      (await page.locator('svg.dl-timeline__chart').getAttribute('aria-label')) ?? '';
    const unitOf = async () => /Events per (\w+)/.exec(await chartLabel())?.[1] ?? '';
    await expect.poll(unitOf).not.toBe('');
    const before = await chartLabel();
    await showMore(page);
    await page.getByRole('button', { name: /^Zoom in time$/ }).click();
    await expect.poll(chartLabel).not.toBe(before);
    if ((await unitOf()) !== 'month') await page.getByRole('button', { name: 'Zoom out time' }).click();
    await expect.poll(unitOf).toBe('month');
    await expect.poll(() => page.getByRole('button', { name: 'Step forward one month' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Step forward one month' }).click();
    await expect
      .poll(() => `${params(page).get('from')}..${params(page).get('to')}`)
      .toBe('2008-12-01..2008-12-31');
    await page.getByRole('button', { name: 'Step forward one month' }).click();
    await expect
      .poll(() => `${params(page).get('from')}..${params(page).get('to')}`)
      .toBe('2009-01-01..2009-01-31');
    await page.getByRole('button', { name: 'Step back one month' }).click();
    await expect
      .poll(() => `${params(page).get('from')}..${params(page).get('to')}`)
      .toBe('2008-12-01..2008-12-31');
    // Playing: the readout names the month in large type; 2 s a step gives 24 s for a year.
    await page.getByLabel('Playback speed').selectOption({ label: '1 step / 2 s' });
    await page.getByRole('button', { name: 'Play' }).click();
    const readout = page.getByTestId('playback-readout');
    await expect
      .poll(() => readout.locator('.dl-readout__date').textContent())
      .toMatch(/^(Dec 2008|Jan 2009)$/);
    const fontSize = await readout
      .locator('.dl-readout__date')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(22);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => readout.count()).toBe(0);
    await app.context.close();
  });

  it('an empty month while playing says "No events in this step", not an error', async () => {
    const month = emptyMonth();
    const [y, m] = month.split('-').map(Number);
    const last = formatIsoDay(toDayNumber(y ?? 0, (m ?? 1) + 1, 1) - 1);
    const app = await openAt(size, `?from=${month}-01&to=${last}&play=window`);
    const { page } = app;
    const readout = page.getByTestId('playback-readout');
    await expect
      .poll(() => readout.locator('.dl-readout__count').textContent())
      .toBe('No events in this step');
    expect(await page.locator('.dl-error, [role="alert"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Pause' }).click();
    await app.context.close();
  });
});

/** Visible elements in the panel that scroll (overflow auto/scroll with more content than room). */
function countScrollers(page: Page): Promise<number> {
  return page.locator('#dl-panel, #dl-panel *').evaluateAll(
    (els) =>
      els.filter((el) => {
        const s = getComputedStyle(el);
        return el.checkVisibility() && /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight;
      }).length,
  );
}

describe.each(SIZES)('the events list at $name size', (size) => {
  it('shows each row’s date, title and places whole within the row’s fixed height', async () => {
    const app = await openAt(size);
    const { page } = app;
    if (size.width <= 700) await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => page.locator('.dl-list__row').count()).toBeGreaterThan(3);
    const cut = await page.locator('.dl-list__row').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const bottom = row.getBoundingClientRect().bottom;
        const lines = [...row.querySelectorAll('.dl-list__date, .dl-list__title, .dl-list__place')];
        return lines.some((l) => l.getBoundingClientRect().bottom > bottom + 0.5)
          ? [row.querySelector('.dl-list__title')?.textContent]
          : [];
      }),
    );
    expect(cut).toEqual([]);
    await app.context.close();
  });
});

describe('phone layout at 390×844', () => {
  const phone = SIZES[1];

  it('keeps the timeline controls to one row until More or Dates is pressed', async () => {
    const app = await openAt(phone);
    const { page } = app;
    const rows = () => rowsOfControls(page, '.dl-timeline__controls');
    expect(await rows()).toBe(1);
    for (const name of ['Playback speed', 'Playback mode'])
      expect(await page.getByLabel(name).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Zoom in time' }).isVisible()).toBe(false);
    const more = page.getByRole('button', { name: 'More', exact: true });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Playback speed', 'Playback mode', 'Loop'])
      await expect.poll(() => page.getByLabel(name).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Fit to data' }).isVisible()).toBe(true);
    expect(await rows()).toBeGreaterThan(1);
    // Still reachable by keyboard, in reading order: More, then the controls it showed.
    await more.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe(
      'Loop',
    );
    await more.click();
    await expect.poll(rows).toBe(1);
    await app.context.close();
  });

  it('keeps the header to two rows and the scale bar clear of the attribution at 360 px', async () => {
    const app = await openApp(browser, '', { width: 360, height: 740 });
    const { page } = app;
    await expect.poll(() => page.getByTestId('event-count').textContent()).toMatch(/ of \d+ events$/);
    expect(await rowsOfControls(page, '.dl-header')).toBeLessThanOrEqual(2);
    const scale = await page.locator('.leaflet-control-scale').boundingBox();
    const attribution = await page.locator('.leaflet-control-attribution').boundingBox();
    if (!scale || !attribution) throw new Error('no scale bar or attribution');
    expect(scale.y + scale.height).toBeLessThanOrEqual(attribution.y + 0.5);
    await app.context.close();
  });

  it('takes exactly the viewport, keeps the event count, and gives 44 px touch targets', async () => {
    const app = await openAt(phone);
    const { page } = app;
    const height = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      document.body.scrollHeight,
    ]);
    expect(height).toEqual([844, 844]);
    await page.mouse.move(200, 700);
    await page.mouse.wheel(0, 800);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(() => page.getByTestId('event-count').isVisible()).toBe(true);
    expect(await page.getByTestId('event-count').textContent()).toBe(`${total} of ${total} events`);
    // Every control a finger uses. Inline text links (the attribution) are exempt as in WCAG 2.5.8;
    // the map's marks are hit-tested on the canvas, so their small focus buttons are not measured.
    const small = await smallTargets(page, 'body');
    expect(small).toEqual([]);
    await app.context.close();
  });

  it('gives 44 px touch targets in the Open data and Share dialogs too', async () => {
    const app = await openAt(phone);
    const { page } = app;
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles('test/fixtures/import/acled.csv');
    await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('recognised as ACLED');
    // The dialog scrolls: its controls are measured as they come into view.
    const small = [];
    for (const at of ['top', 'middle', 'bottom'] as const) {
      await page.locator('dialog.dl-open').evaluate((d, where) => {
        d.scrollTop = where === 'top' ? 0 : where === 'middle' ? d.scrollHeight / 2 : d.scrollHeight;
      }, at);
      small.push(...(await smallTargets(page, 'dialog.dl-open')));
    }
    expect(small).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.getByTestId('share-link').isVisible()).toBe(true);
    expect(await smallTargets(page, 'dialog[open]')).toEqual([]);
    await app.context.close();
  });

  it('opens the list sheet with one scroll container and no row that looks selected', async () => {
    const app = await openAt(phone);
    const { page } = app;
    await page.getByRole('button', { name: 'List' }).click();
    const list = page.getByRole('listbox', { name: 'Events' });
    await expect.poll(() => list.isVisible()).toBe(true);
    const backgrounds = await page
      .locator('.dl-list__row')
      .evaluateAll((rows) =>
        rows
          .slice(0, 2)
          .map((r) => `${getComputedStyle(r).backgroundColor} ${getComputedStyle(r).boxShadow}`),
      );
    expect(backgrounds[0]).toBe(backgrounds[1]);
    const scrollers = await countScrollers(page);
    expect(scrollers).toBe(1);
    await page.locator('.dl-panel__filters > summary').click();
    const scrollersWithFilters = await countScrollers(page);
    expect(scrollersWithFilters).toBeLessThanOrEqual(1);
    await app.context.close();
  });
});

describe.each(SIZES)('selection at $name size', (size) => {
  it('closes the selected event when a filter change hides it', async () => {
    const event = corpus.events.find((e) => e.time.start.startsWith('2008-11')) ?? corpus.events[0];
    if (!event) throw new Error('no event');
    const app = await openAt(size, `?event=${encodeURIComponent(event.id)}`);
    const { page } = app;
    await expect
      .poll(() => page.locator(`.dl-details[data-event-id="${event.id}"], .dl-details`).count())
      .toBeGreaterThan(0);
    await showDates(page);
    // A window that ends before the event began hides it.
    const start = eventInterval(event.time)?.start ?? 0;
    await typeDate(page, 'From date', formatIsoDay(start - 40));
    await typeDate(page, 'To date', formatIsoDay(start - 20));
    await expect.poll(() => params(page).get('event')).toBeNull();
    await expect.poll(() => page.locator('.dl-details').count()).toBe(0);
    await app.context.close();
  });
});

describe('dark theme', () => {
  it('follows prefers-color-scheme: the sea, the land and the panels change colour', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const app = await openApp(browser, '', { colorScheme: scheme });
      const read = await app.page.evaluate(() => ({
        sea: getComputedStyle(document.querySelector('.dl-map') as Element).backgroundColor,
        land: getComputedStyle(document.querySelector('path[data-boundary="POL"]') as Element).fill,
        panel: getComputedStyle(document.querySelector('.dl-panel') as Element).backgroundColor,
      }));
      await app.context.close();
      return read;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.sea).not.toBe(light.sea);
    expect(dark.land).not.toBe(light.land);
    expect(dark.panel).not.toBe(light.panel);
    // Dark means dark: the panel's background is darker than mid-grey.
    const [r = 255, g = 255, b = 255] = (dark.panel.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeLessThan(80);
  });

  it('keeps the map controls readable in the dark: Layers, Legend, Home and the attribution', async () => {
    const { page, context } = await openApp(browser, '', { colorScheme: 'dark' });
    await page.waitForSelector('.dl-layers__toggle');
    await page.waitForSelector('.dl-legend__toggle');
    const ratios = await contrastRatios(page, [
      '.dl-layers__toggle',
      '.dl-legend__toggle',
      '.dl-reset-view',
      '.leaflet-control-attribution',
      '.leaflet-control-attribution a',
    ]);
    for (const [selector, ratio] of ratios) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });

  it('keeps the import report readable in the dark', async () => {
    const { page, context } = await openApp(browser, '', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles('test/fixtures/import/acled.csv');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('.dl-import-report').waitFor({ timeout: 20_000 });
    const ratios = await contrastRatios(page, [
      '.dl-import-report strong',
      '.dl-import-report summary',
      '.dl-import-report .dl-notice__close',
    ]);
    for (const [selector, ratio] of ratios) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});
