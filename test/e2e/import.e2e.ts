// Bring your own events, in real Chromium: open an ACLED-shaped CSV (written by us) with the file
// picker, by dropping it on the page, or as pasted text; see its events on the map, the timeline and
// the list; find it again after a reload; switch back to the bundled corpus; rename; delete.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepDataset, keptKeys, launchBrowser, openApp, waitForKept } from './browser';
import { corpus } from './expected';

const FIXTURE = 'test/fixtures/import/acled.csv';
const text = readFileSync(FIXTURE, 'utf8');
// The fixture's four rows: two good, one with latitude 95.3 and one dated 30 February.
const GOOD = ['Armed clash in Khartoum', 'Peaceful protest in Kassala'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectImported(page: Page) {
  await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
  await expect
    .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
    .toBe('2 of 2 events');
  expect((await page.locator('.dl-list__title').allTextContents()).sort()).toEqual(GOOD);
  // Drawn on the map and counted in the timeline.
  await expect.poll(() => page.locator('.dl-spot-button').count()).toBeGreaterThan(0);
  // Opened first, then kept in this browser.
  await waitForKept(page);
}

type Box = { x: number; y: number; width: number; height: number } | null;
/** Whether two boxes on screen do not overlap (false when either is missing). */
const apart = (a: Box, b: Box) =>
  a !== null &&
  b !== null &&
  (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);

describe('open data', () => {
  it('opens an ACLED file with the file picker, reports skipped rows, keeps it across a reload', async () => {
    const { page, context, consoleErrors } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles(FIXTURE);
    await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('recognised as ACLED');
    // The preset filled in the mapping.
    expect(await page.getByRole('combobox', { name: 'Latitude' }).inputValue()).toBe('latitude');
    expect(await page.getByRole('combobox', { name: 'Date', exact: true }).inputValue()).toBe('event_date');
    // The dataset opens before its copy is written, and says so until it is: seen on the page as it is.
    await page.evaluate(() => {
      const w = window as unknown as { sawKeeping?: string };
      new MutationObserver(() => {
        w.sawKeeping ??= document.querySelector('.dl-datasets__keeping') ? window.location.search : undefined;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await expectImported(page);
    expect(await page.evaluate(() => (window as unknown as { sawKeeping?: string }).sawKeeping)).toMatch(
      /^\?ds=d[0-9a-z]+/,
    );
    expect(await page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents()).toEqual(
      ['Bundled corpus', 'acled.csv'],
    );
    // Kept as its entry in the list and its text in pieces (one, for a file this small).
    const id = new URL(page.url()).searchParams.get('ds');
    expect(await keptKeys(page)).toEqual([`corpus:${id}`, `corpus:${id}:0`, 'list']);
    const report = page.getByRole('status', { name: 'Import report' });
    expect(await report.textContent()).toContain('4 rows read, 2 events loaded, 2 skipped');
    // The keyboard's place is the report, not the page's body.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Import report',
    );
    await report.getByText('Show skipped rows').click();
    expect(await report.textContent()).toContain('latitude 95.3 is out of range');
    // Markup in a cell is text, never run.
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    // With an event's card open the map's right-hand controls move left of it: the report stays clear of
    // the legend's button.
    await page.locator('.dl-list__title').first().click();
    await page.locator('.dl-details-panel').waitFor();
    const legend = page.getByRole('button', { name: /^Legend/ });
    await expect.poll(async () => apart(await report.boundingBox(), await legend.boundingBox())).toBe(true);
    // On a phone the card takes the bottom of the map: the report waits until it is closed.
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => report.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => report.isVisible()).toBe(true);
    // Its controls are touch targets of 44 px there.
    const small = await report.locator('button, summary').evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 44 || r.height < 43.5))
        .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    // A sheet along the map's bottom there: not half over the legend's button, which waits until it goes.
    expect(await legend.isVisible()).toBe(false);
    if (desktop) await page.setViewportSize(desktop);
    await expect.poll(() => legend.isVisible()).toBe(true);

    // Share says the recipient needs the file too, offers it, and the link keeps the dataset.
    await page.getByRole('button', { name: 'Share' }).click();
    const note = page.getByRole('note');
    await expect.poll(() => note.textContent()).toContain('a dataset kept in this browser only');
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/\?ds=d[0-9a-z]+&v=/);
    const download = page.waitForEvent('download');
    await note.getByRole('button', { name: 'Download the dataset (Dateline JSON)' }).click();
    const file = await (await download).path();
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    expect(kept.events.map((e: { title: string }) => e.title).sort()).toEqual(GOOD);
    await page.keyboard.press('Escape');

    // The dataset opened in place, from the worker that converted it, is the one a reload reads back
    // from this browser's storage: same events, same version in the link.
    const url = page.url();
    const listed = await page.locator('.dl-list__row').allTextContents();
    await page.reload();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('2 of 2 events');
    expect(page.url()).toBe(url);
    expect(await page.locator('.dl-list__row').allTextContents()).toEqual(listed);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByTestId('share-link').inputValue()).toBe(link);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('status', { name: 'Import report' }).count()).toBe(0);

    // Back to the bundled corpus, and to the dataset again.
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Bundled corpus' });
    const total = corpus.events.length;
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'acled.csv' });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('2 of 2 events');

    // Rename, then delete.
    page.once('dialog', (d) => void d.accept('Sudan, January 2024'));
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents())
      .toContain('Sudan, January 2024');
    // Its name, Rename and Delete make the header wider: every control stays on screen, down to a tablet.
    for (const width of [1280, 1024, 800]) {
      await page.setViewportSize({ width, height: 800 });
      const offScreen = await page.evaluate(() =>
        [...document.querySelectorAll('.dl-header :is(button, select)')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.right > window.innerWidth || r.bottom > 200);
          })
          .map((el) => el.textContent),
      );
      expect(offScreen, `at ${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    expect(await page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents()).toEqual(
      ['Bundled corpus'],
    );
    // Deleting removes the text's pieces too.
    expect(await keptKeys(page)).toEqual(['list']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('frames a new import’s places clear of its report over the map’s bottom', async () => {
    // Two rows of places along the data's south and north edges: framed without room for the report,
    // the south-western ones open under it.
    const features = [0, 8, 16, 24, 32, 40].flatMap((lon) =>
      [0, 20].map((lat) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { title: `Place ${lon} ${lat}`, date: '2024-03-01' },
      })),
    );
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page
      .getByRole('textbox', { name: 'Or paste CSV or GeoJSON' })
      .fill(JSON.stringify({ type: 'FeatureCollection', features }));
    await page.getByRole('button', { name: 'Use pasted text' }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('12 of 12 events');
    await page.getByRole('status', { name: 'Import report' }).waitFor();
    /** The spots (by name) drawn under the import report; all 12 must be drawn. */
    const underReport = () =>
      page.evaluate(() => {
        const report = document.querySelector('.dl-import-report')?.getBoundingClientRect();
        const spots = [...document.querySelectorAll('.dl-spot-button')];
        if (!report || spots.length !== 12) return [`${spots.length} spots`];
        return spots
          .filter((s) => {
            const r = s.getBoundingClientRect();
            return (
              r.right > report.left && r.left < report.right && r.bottom > report.top && r.top < report.bottom
            );
          })
          .map((s) => s.getAttribute('aria-label'));
      });
    await expect.poll(underReport).toEqual([]);
    // Home frames them the same way while the report is shown.
    await page.mouse.move(700, 300);
    await page.mouse.wheel(0, -600);
    await page.waitForURL(/#map=/);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(underReport).toEqual([]);
    await context.close();
  });

  it('opens a file dropped anywhere on the page', async () => {
    const { page, context } = await openApp(browser);
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      const target = document.querySelector('.dl-map-wrap') ?? document.body;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('dropped.csv');
    await page.getByRole('button', { name: 'Import' }).click();
    await expectImported(page);
    await context.close();
  });

  it('imports pasted text; Back returns to the corpus shown before, Forward to the import', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.getByRole('textbox', { name: 'Or paste CSV or GeoJSON' }).fill(text);
    await page.getByRole('button', { name: 'Use pasted text' }).click();
    await expect.poll(() => page.locator('.dl-open__read').textContent()).toContain('recognised as ACLED');
    await page.getByRole('button', { name: 'Import' }).click();
    // The import opened in place (no reload); history still moves between the datasets. Back at once,
    // while its copy may still be written: the copy is still kept, and Forward finds it.
    await page.waitForURL(/\?ds=d[0-9a-z]+/, { timeout: 20_000 });
    const total = corpus.events.length;
    await page.goBack();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    expect(new URL(page.url()).searchParams.has('ds')).toBe(false);
    await page.goForward();
    await expectImported(page);
    await context.close();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Open data' }).click();
    // A 201 MB file made in the page (sparse: never filled, so cheap to make).
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('dialog.dl-open input[type="file"]');
      if (!input) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([new ArrayBuffer(201 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect
      .poll(() => page.locator('dialog.dl-open [role="alert"]').textContent())
      .toContain('huge.csv is 211 MB; Dateline opens files up to 200 MB');
    expect(await page.locator('.dl-open__read').count()).toBe(0);
    await context.close();
  });

  it('reads datasets kept by earlier versions (a Blob, a string) and one kept in several pieces', async () => {
    const { page, context, consoleErrors } = await openApp(browser);
    const source = {
      id: 's1',
      outlet: 'Wire',
      headline: 'Talks',
      published: '2008-03-11',
      dateline: 'paris',
      language: 'en',
    };
    const event = (id: string, day: string, place: string) => ({
      id,
      title: `Kept event ${id}`,
      summary: 'Written for this test.',
      time: { start: day, precision: 'day' },
      status: 'occurred',
      places: [{ place, role: 'venue' }],
      actors: [],
      topics: ['talks'],
      quotes: [],
      sources: ['s1'],
      related: [],
    });
    const corpusText = JSON.stringify({
      sources: [source],
      topics: [{ id: 'talks', label: 'Talks', color: '#2D5AC3', description: 'Talks.' }],
      actors: [],
      events: [event('e1', '2008-03-11', 'paris'), event('e2', '2008-03-12', 'russia')],
    });
    for (const as of ['blob', 'string', 'pieces'] as const) {
      const info = {
        id: `dold${as}`,
        name: `kept as ${as}`,
        fileName: 'old.json',
        events: 2,
        from: '2008-03-11',
        to: '2008-03-12',
        importedAt: '2026-12-01T00:00:00Z',
      };
      await keepDataset(page, info, corpusText, as);
    }
    for (const as of ['blob', 'string', 'pieces'] as const) {
      const url = new URL(page.url());
      url.search = `?ds=dold${as}`;
      url.hash = '';
      await page.goto(url.href);
      await expect
        .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
        .toBe('2 of 2 events');
      expect((await page.locator('.dl-list__title').allTextContents()).sort()).toEqual([
        'Kept event e1',
        'Kept event e2',
      ]);
    }
    // Deleting one kept in pieces leaves the others whole.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect
      .poll(() => keptKeys(page), { timeout: 20_000 })
      .toEqual(['corpus:doldblob', 'corpus:doldstring', 'list']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('numbers a name kept twice, and opens a dataset picked with the arrow keys only on Enter', async () => {
    const { page, context } = await openApp(browser);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Open data' }).click();
      await page.getByRole('textbox', { name: 'Or paste CSV or GeoJSON' }).fill(text);
      await page.getByRole('button', { name: 'Use pasted text' }).click();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForURL(
        (u) =>
          /^d[0-9a-z]+$/.test(u.searchParams.get('ds') ?? '') &&
          !ids.includes(u.searchParams.get('ds') ?? ''),
        { timeout: 20_000 },
      );
      await waitForKept(page);
      ids.push(new URL(page.url()).searchParams.get('ds') ?? '');
    }
    const select = page.getByRole('combobox', { name: 'Dataset' });
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['Bundled corpus', 'pasted.csv', 'pasted.csv (2)']);
    // Arrow keys look through the list; the page stays on the dataset it shows until Enter.
    await select.focus();
    await page.keyboard.press('ArrowUp');
    const open = page.getByRole('button', { name: 'Switch to “pasted.csv”' });
    await expect.poll(() => open.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('ds')).toBe(ids[1]);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('ds') === ids[0], { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('2 of 2 events');
    await context.close();
  });

  it('names a dataset a link asks for that this browser does not have', async () => {
    const { page, context } = await openApp(browser, '?ds=dnothere');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('is not kept in this browser');
    // Said as what it is, not as a failure; trying again cannot bring the file.
    expect(await alert.locator('strong').textContent()).toBe('This dataset is not in this browser.');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    // The card offers the way out: the bundled corpus.
    await page.getByRole('link', { name: 'Open the bundled corpus' }).click();
    const total = corpus.events.length;
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe(`${total} of ${total} events`);
    expect(page.url()).not.toContain('ds=');
    await context.close();
  });
});
