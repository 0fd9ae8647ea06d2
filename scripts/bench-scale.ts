// The whole app at wire-service scale in real Chromium: `?synthetic=N` (100k and 1M events, seeded) from
// navigation to the first map, a topic filter to the redrawn map, the page's peak JS heap (the corpus
// worker's own heap is separate and freed when it ends), and the page's long tasks.
// Usage: tsx scripts/bench-scale.ts [--sizes 100000,1000000]   (needs a build in dist/: `npm run build`)
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { heapMb } from './bench-heap';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100000,1000000' } } });
const SIZES = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

interface Figures {
  readonly events: number;
  readonly loadToMapMs: number;
  readonly filterToRedrawMs: number;
  readonly peakHeapMb: number;
  readonly longestTaskWhileReceivingMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

async function measure(url: string, events: number): Promise<Figures> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
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
    await page.goto(`${url}?synthetic=${events}`);
    const confirm = page.getByRole('button', { name: /^Build / });
    let t0 = await page.evaluate(() => performance.now());
    if (events > 100_000) {
      await confirm.click({ timeout: 20_000 });
      t0 = await page.evaluate(() => performance.now());
    }
    await page.getByTestId('event-count').waitFor({ timeout: 300_000 });
    await page.locator('.dl-spot-button').first().waitFor({ timeout: 60_000 });
    const loaded = await page.evaluate(
      () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
        ),
    );
    // A topic filter: untick the first topic, wait for the count to change and two frames.
    const before = await page.getByTestId('event-count').textContent();
    const box = page.locator('.dl-filters').getByRole('checkbox').first();
    const start = await page.evaluate(() => performance.now());
    await box.click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="event-count"]')?.textContent !== text,
      before,
      { timeout: 60_000 },
    );
    const redrawn = await page.evaluate(
      () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
        ),
    );
    sampling = false;
    await sampler;
    // (No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.)
    const { tasks, from, to } = await page.evaluate(() => ({
      tasks: (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
      from: performance.getEntriesByName('dateline:corpus-received-start')[0]?.startTime ?? Number.NaN,
      to: performance.getEntriesByName('dateline:corpus-received-end')[0]?.startTime ?? Number.NaN,
    }));
    const receiving = tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
    return {
      events,
      loadToMapMs: loaded - t0,
      filterToRedrawMs: redrawn - start,
      peakHeapMb: peak,
      longestTaskWhileReceivingMs: Math.max(0, ...receiving),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
    };
  } finally {
    await browser.close();
  }
}

const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server has no URL');
try {
  const rows: Figures[] = [];
  for (const events of SIZES) {
    process.stderr.write(`app at ${events.toLocaleString('en')} events…\n`);
    rows.push(await measure(url, events));
  }
  const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
  console.log(
    '| events | load → first map | filter → redraw | peak page heap | longest task while receiving | longest task (all) | long tasks |',
  );
  console.log(
    '| -----: | ---------------: | --------------: | -------------: | ---------------------------: | -----------------: | ---------: |',
  );
  for (const r of rows)
    console.log(
      `| ${r.events.toLocaleString('en')} | ${ms(r.loadToMapMs)} | ${ms(r.filterToRedrawMs)} | ${Math.round(r.peakHeapMb)} MB | ${ms(r.longestTaskWhileReceivingMs)} | ${ms(r.longestTaskMs)} | ${r.longTasks} |`,
    );
} finally {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
