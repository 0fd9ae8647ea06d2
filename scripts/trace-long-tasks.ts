// Lists every long task on the page's main thread from navigation through the first map (and, with
// --zoom, a few zooms and pans of the basemap), each with what ran inside it: the browser's work by
// trace event (script, style, layout, paint, GC) and the functions with the most self time.
// Usage: npx vite build --minify false && npx tsx scripts/trace-long-tasks.ts [--synthetic 100000] [--zoom]
//   [--import FILE] (opens FILE with Open data after the first map, and traces until its events are in)
//   [--over 50]   (the shortest task listed, ms)
//   [--throttle 2] (slow the page's CPU down this many times, as a slower or busier machine would)
// A minified build works too, with minified function names.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { type CpuProfile, selfTimes } from './bench-trace';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import type { TraceEvent } from './task-trace';

const { values } = parseArgs({
  options: {
    synthetic: { type: 'string' },
    import: { type: 'string' },
    zoom: { type: 'boolean', default: false },
    over: { type: 'string', default: '50' },
    throttle: { type: 'string', default: '1' },
  },
});
const OVER_MS = Number(values.over) || 50;

interface Event extends TraceEvent {
  readonly args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

async function run(url: string): Promise<{ events: Event[]; profile: CpuProfile }> {
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
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: Event[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as Event[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } } as never);
    const rate = Number(values.throttle) || 1;
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    if (values.synthetic && Number(values.synthetic) > 100_000)
      await page.getByRole('button', { name: /^Build / }).click({ timeout: 30_000 });
    await page.locator('path[data-boundary="POL"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('event-count').waitFor({ timeout: 600_000 });
    await page.locator('.dl-spot-button').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(2000);
    if (values.import) {
      await page.getByRole('button', { name: 'Open data' }).click();
      await page.locator('dialog.dl-open input[type="file"]').setInputFiles(values.import);
      await page.getByRole('button', { name: 'Import' }).click({ timeout: 120_000 });
      await page.waitForURL(/\?ds=/, { timeout: 600_000 });
      await page.locator('.dl-spot-button').first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(3000);
    }
    if (values.zoom) {
      for (const name of ['Zoom in', 'Zoom in', 'Zoom out']) {
        await page.getByRole('button', { name, exact: true }).click();
        await page.waitForTimeout(800);
      }
      const map = await page.locator('.dl-map').boundingBox();
      if (map) {
        const x = map.x + map.width / 2;
        const y = map.y + map.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let k = 1; k <= 10; k++) await page.mouse.move(x - k * 40, y - k * 15);
        await page.mouse.up();
        await page.waitForTimeout(800);
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return { events, profile: profile as unknown as CpuProfile };
  } finally {
    await browser.close();
  }
}

/**
 * The page's main thread: the renderer main thread of the process that made the app's `dateline:` marks
 * (the one that ran the most task time when there are none: another renderer may be busier).
 */
function mainThread(events: readonly Event[]): { pid: number; tid: number } {
  const marked = new Set(events.filter((e) => e.name.startsWith('dateline:')).map((e) => e.pid));
  const all = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const mains = all.some((m) => marked.has(m.pid)) ? all.filter((m) => marked.has(m.pid)) : all;
  let best = { pid: 0, tid: 0 };
  let most = -1;
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
      .reduce((s, e) => s + (e.dur ?? 0), 0);
    if (busy > most) [most, best] = [busy, { pid: m.pid, tid: m.tid }];
  }
  return best;
}

const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('preview server has no URL');
try {
  const { events, profile } = await run(values.synthetic ? `${base}?synthetic=${values.synthetic}` : base);
  const { pid, tid } = mainThread(events);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const origin = main.find((e) => e.name === 'RunTask')?.ts ?? 0;
  const marks = events.filter((e) => e.pid === pid && e.name.startsWith('dateline:'));
  for (const m of marks) console.log(`mark ${m.name} at ${((m.ts - origin) / 1000).toFixed(0)} ms`);
  const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= OVER_MS * 1000);
  console.log(`${tasks.length} tasks of ${OVER_MS} ms or more on the page's main thread`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inner = new Map<string, number>();
    for (const e of main) {
      if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > end || (e.dur ?? 0) < 1000) continue;
      const what = e.args?.data?.functionName || e.args?.data?.url;
      const key = what ? `${e.name} (${String(what).split('/').pop()})` : e.name;
      inner.set(key, (inner.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(
      `\n== ${((task.dur ?? 0) / 1000).toFixed(0)} ms task (${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU) at ${((task.ts - origin) / 1000).toFixed(0)} ms`,
    );
    console.log(`   trace: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`);
    const self = [...selfTimes(profile, (ts) => ts >= task.ts && ts <= end)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`   self:  ${self.map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`);
  }
} finally {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
