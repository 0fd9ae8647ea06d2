// Real Chromium through playwright-core, with the flags this network-less machine needs, and a page
// that records console errors, failed requests and every host it talks to.
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

export const baseUrl = (path = ''): string => new URL(path, inject('baseUrl')).toString();

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
  readonly hosts: Set<string>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  permissions?: string[];
  /**
   * The offline service worker is blocked unless a test asks for it: once it controls a page, requests go
   * through it and `page.route` (how tests serve broken or slow data) no longer sees them.
   */
  serviceWorkers?: 'allow' | 'block';
  colorScheme?: 'light' | 'dark';
}

export async function openPage(browser: Browser, opts: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    permissions: opts.permissions ?? [],
    serviceWorkers: opts.serviceWorkers ?? 'block',
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const hosts = new Set<string>();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) hosts.add(url.hostname);
  });
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return { page, context, consoleErrors, failedRequests, hosts };
}

/** Opens the app and waits until the basemap has drawn. */
export async function openApp(browser: Browser, path = '', opts: PageOptions = {}): Promise<WatchedPage> {
  const watched = await openPage(browser, opts);
  await watched.page.goto(baseUrl(path));
  await watched.page.waitForSelector('path[data-boundary="POL"]', { timeout: 20_000 });
  return watched;
}

/** Waits until the element's box is the same at two looks 150 ms apart: the map under it stopped moving.
 * A popup pans the map into view with an animation; on a loaded machine Playwright's own check (two
 * frames alike) can pass mid-pan, and the click lands beside the button (1 run in 4-8). */
export async function untilStill(locator: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await locator.boundingBox({ timeout: 5_000 }));
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 150, timeout: 10_000 },
    )
    .toBe(true);
}

/** The keys of the dataset store in this page's IndexedDB (src/load/dataset-store.ts), sorted. */
export function keptKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('dateline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('datasets').objectStore('datasets').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string[]).sort());
          };
        };
      }),
  );
}

/**
 * Writes a dataset into the store (src/load/dataset-store.ts) as the app does — its text in pieces (here
 * three, cut anywhere) beside a head record — or as earlier versions did: one string, or a Blob. The
 * entry joins the list.
 */
export function keepDataset(
  page: Page,
  info: { readonly id: string; readonly name: string } & Record<string, unknown>,
  corpusText: string,
  as: 'blob' | 'string' | 'pieces',
): Promise<void> {
  return page.evaluate(
    ({ info, corpusText, as }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dateline');
        open.onupgradeneeded = () => open.result.createObjectStore('datasets');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('datasets', 'readwrite');
          const store = tx.objectStore('datasets');
          const key = `corpus:${info.id}`;
          const list = store.get('list');
          list.onsuccess = () => {
            store.put([...((list.result as unknown[] | undefined) ?? []), info], 'list');
            if (as === 'blob') store.put(new Blob([corpusText]), key);
            else if (as === 'string') store.put(corpusText, key);
            else {
              const cut = [0, 7, Math.floor(corpusText.length / 2), corpusText.length];
              for (let k = 0; k < 3; k++) store.put(corpusText.slice(cut[k], cut[k + 1]), `${key}:${k}`);
              store.put({ pieces: 3 }, key);
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { info, corpusText, as },
  );
}

/**
 * Waits until the dataset this page has just imported (`?ds=`) is kept in IndexedDB: the import opens
 * first and the worker keeps it after (src/load/keeping.ts), listed in the switcher once kept.
 */
export async function waitForKept(page: Page, timeout = 20_000): Promise<void> {
  const id = new URL(page.url()).searchParams.get('ds');
  await page.waitForFunction(
    (id) => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Dataset"]');
      return (
        document.querySelector('.dl-datasets__keeping') === null &&
        [...(select?.options ?? [])].some((o) => o.value === id && !/\((keeping…|not kept)\)$/.test(o.text))
      );
    },
    id,
    { timeout, polling: 50 },
  );
}
