// Import benchmark in real Chromium, through the real Open data path: a seeded synthetic file
// (test/bench/import-data.ts) chosen with the file picker, converted in the corpus worker, kept in
// IndexedDB and opened. Prints, per format and size: time from choosing the file to its events on the
// map (and the part until the dataset opens), rows/s, the page's peak JS heap, its longest task, and
// — measured in a worker of the same page in the same run (test/bench/import/) — the import core
// (parse + map + validate + index) against a bare papaparse parse of the same text.
// Usage: tsx scripts/bench-import-browser.ts [--sizes 10000,100000,1000000] [--formats acled,ucdp,gdelt,geojson] [--verbose]
//   [--worker-only] (only the worker measurement: no app build needed, the app columns are left empty)
//   [--app-only] (only the app measurement: the worker columns are left empty; for A/B runs of two builds)
//   (needs a build in dist/: `npm run build`). A file over the app's limit (MAX_INPUT_BYTES: 1M ACLED or
//   UCDP rows) is listed as refused, as the app refuses it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { MAX_INPUT_BYTES } from '../src/core/import';
import type { WorkerFigures } from '../test/bench/import/worker';
import { BENCH_FORMATS, type BenchFormat, benchFile } from '../test/bench/import-data';
import { heapMb } from './bench-heap';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    formats: { type: 'string' },
    verbose: { type: 'boolean' },
    'worker-only': { type: 'boolean' },
    'app-only': { type: 'boolean' },
  },
});
const SIZES = (values.sizes ?? '10000,100000').split(',').map(Number);
const VERBOSE = values.verbose === true;
const WORKER_ONLY = values['worker-only'] === true;
const APP_ONLY = values['app-only'] === true;
const FORMATS = (values.formats?.split(',') ?? BENCH_FORMATS) as BenchFormat[];
const FILE_NAMES: Record<BenchFormat, string> = {
  acled: 'acled.csv',
  ucdp: 'ucdp.csv',
  gdelt: 'events.CSV',
  geojson: 'bench.geojson',
};
const now = () => performance.now();

interface AppFigures {
  readonly openedMs: number;
  readonly onMapMs: number;
  readonly events: number;
  readonly peakHeapMb: number;
  readonly longestTaskMs: number;
}

async function throughApp(browser: Browser, url: string, file: string): Promise<AppFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const tasks: number[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (!msg.text().startsWith('longtask ')) return;
      const [duration, start, where] = msg.text().slice(9).split(' ');
      tasks.push(Number(duration));
      if (VERBOSE)
        process.stderr.write(
          `  long task ${Math.round(Number(duration))} ms at ${Math.round(Number(start))} ms on ${where || '/'}\n`,
        );
    });
    await page.goto(url);
    await page.getByTestId('event-count').waitFor({ timeout: 60_000 });
    await context.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          console.log(`longtask ${e.duration} ${e.startTime} ${location.search}`);
      }).observe({ type: 'longtask' });
    });
    await page.evaluate(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          console.log(`longtask ${e.duration} ${e.startTime} ${location.search}`);
      }).observe({ type: 'longtask' });
    });
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapMb(session).catch(() => 0));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await page.getByRole('button', { name: 'Open data' }).click();
    const t0 = now();
    await page.locator('dialog.dl-open input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click({ timeout: 120_000 });
    await page.waitForURL(/\?ds=/, { timeout: 600_000 });
    const opened = now() - t0;
    if (VERBOSE) process.stderr.write(`  dataset opens after ${Math.round(opened)} ms\n`);
    // The new document: a fresh CDP session for its heap.
    const after = await context.newCDPSession(page);
    await after.send('Performance.enable');
    const afterSampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapMb(after).catch(() => 0));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await page.waitForFunction(
      () =>
        /^([\d,]+) of \1 events$/.test(
          document.querySelector('[data-testid="event-count"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 600_000, polling: 50 },
    );
    await page.locator('.dl-spot-button, path[data-event-area]').first().waitFor({ timeout: 60_000 });
    const onMap = now() - t0;
    if (VERBOSE) {
      // The events' texts come after the map's first view (src/work/corpus-worker.ts): then the list.
      await page.locator('.dl-list__title').first().waitFor({ timeout: 60_000 });
      process.stderr.write(`  events' details (the list) in after ${Math.round(now() - t0)} ms\n`);
    }
    if (VERBOSE)
      process.stderr.write(
        `  marks on the opened page: ${JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])))}\n`,
      );
    const events = Number(
      (await page.getByTestId('event-count').textContent())?.split(' ')[0]?.replaceAll(',', ''),
    );
    sampling = false;
    await Promise.all([sampler, afterSampler]);
    return {
      openedMs: opened,
      onMapMs: onMap,
      events,
      peakHeapMb: peak,
      longestTaskMs: Math.max(0, ...tasks),
    };
  } finally {
    await context.close();
  }
}

async function inWorker(
  browser: Browser,
  url: string,
  format: BenchFormat,
  rows: number,
): Promise<WorkerFigures> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      ([f, n]) =>
        (
          window as unknown as { runImportBench(f: string, n: number): Promise<WorkerFigures> }
        ).runImportBench(f, n),
      [format, rows] as const,
    );
  } finally {
    await page.close();
  }
}

// The worker bench page, built beside the app (same CSP-free preview server, its own folder).
const benchOut = mkdtempSync(join(tmpdir(), 'dateline-import-bench-'));
await build({
  root: resolve('test/bench/import'),
  base: './',
  logLevel: 'warn',
  build: { outDir: benchOut, emptyOutDir: true },
  worker: { format: 'es' },
});
const appServer = WORKER_ONLY
  ? null
  : await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
const benchServer = await preview({
  root: resolve('test/bench/import'),
  logLevel: 'warn',
  build: { outDir: benchOut },
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const appUrl = appServer ? appServer.resolvedUrls?.local[0] : '';
const benchUrl = benchServer.resolvedUrls?.local[0];
if (appUrl === undefined || !benchUrl) throw new Error('preview server has no URL');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const dir = mkdtempSync(join(tmpdir(), 'dateline-import-files-'));
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
try {
  console.log(
    '| format | rows | MB | worker: bare parse | worker: import + index | × bare | rows/s (worker) | file → dataset opens | file → events on the map | peak page heap | longest page task |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rows of SIZES)
    for (const format of FORMATS) {
      process.stderr.write(`${format} ${rows.toLocaleString('en')}…\n`);
      const text = benchFile(format, rows);
      if (text.length > MAX_INPUT_BYTES) {
        console.log(
          `| ${format} | ${rows.toLocaleString('en')} | ${(text.length / 1e6).toFixed(1)} | refused: over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit | | | | | | | |`,
        );
        continue;
      }
      const file = join(dir, FILE_NAMES[format]);
      writeFileSync(file, text);
      const rowHead = `| ${format} | ${rows.toLocaleString('en')} | ${(text.length / 1e6).toFixed(1)} |`;
      let head = `${rowHead} | | | |`;
      if (!APP_ONLY) {
        const w = await inWorker(browser, benchUrl, format, rows);
        const core = w.importMs + w.indexMs;
        head = `${rowHead} ${ms(w.bareMs)} | ${ms(core)} | ${(core / w.bareMs).toFixed(1)}× | ${Math.round((rows / core) * 1000).toLocaleString('en')} |`;
      }
      if (WORKER_ONLY) {
        console.log(`${head} | | | |`);
        rmSync(file);
        continue;
      }
      const a = await throughApp(browser, appUrl, file);
      console.log(
        `${head} ${ms(a.openedMs)} | ${ms(a.onMapMs)} (${a.events.toLocaleString('en')} events) | ${Math.round(a.peakHeapMb)} MB | ${ms(a.longestTaskMs)} |`,
      );
      rmSync(file);
    }
} finally {
  await browser.close();
  for (const s of [appServer, benchServer])
    if (s) await new Promise<void>((r) => s.httpServer.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
  rmSync(benchOut, { recursive: true, force: true });
}
