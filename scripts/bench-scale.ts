// The whole app at wire-service scale in real Chromium: `?synthetic=N` (100k and 1M events, seeded) from
// navigation to the first map; then several topic filter changes, each from the click to the second
// frame after the count changes (median and max); the page's longest tasks while loading and while
// filtering; the page's peak JS heap and the renderer's peak resident memory (page and corpus worker).
// Usage: tsx scripts/bench-scale.ts [--sizes 100000,1000000] [--runs 9]   (needs a build in dist/)
//   [--dist dist,/tmp/dist-main]   (several builds, measured in alternation, one table row each)
//   [--rounds 1]                   (page loads per build and size, alternating; their redraws pooled)
//   [--breakdown]                  (where each redraw's time goes: scripts/bench-redraw-phases.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { heapMb } from './bench-heap';
import { PHASE_PROBE, PHASES, type Phase, REDRAW, type Redraw } from './bench-redraw-phases';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { traceTasks } from './task-trace';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '9' },
    dist: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '1' },
    breakdown: { type: 'boolean', default: false },
  },
});
const SIZES = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const RUNS = Math.max(1, Number(values.runs) || 9);
const ROUNDS = Math.max(1, Number(values.rounds) || 1);
const DISTS = (values.dist ?? 'dist').split(',').filter(Boolean);
const BREAKDOWN = values.breakdown ?? false;

interface Figures {
  readonly events: number;
  readonly loadToMapMs: number;
  readonly redrawMs: readonly number[];
  readonly phases: readonly Readonly<Record<Phase, number>>[];
  readonly longestLoadingTaskMs: number;
  readonly longestFilterTaskMs: number;
  /** The same tasks' CPU time on the main thread (from a trace: scripts/task-trace.ts). */
  readonly longestLoadingCpuMs: number;
  readonly longestFilterCpuMs: number;
  readonly peakHeapMb: number;
  readonly peakRendererMb: number;
}

/** Resident memory (MB) of the renderer processes under `browserPid`: the page and its workers. */
function rendererMb(browserPid: number): number {
  const children = new Map<number, number[]>();
  const renderer = new Set<number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) renderer.add(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  const visit = (pid: number) => {
    if (renderer.has(pid)) {
      try {
        kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // Gone.
      }
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(browserPid);
  return kb / 1024;
}

async function measure(url: string, events: number): Promise<Figures> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const browserPid = server.process().pid ?? 0;
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    if (BREAKDOWN) await context.addInitScript(PHASE_PROBE);
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const trace = await traceTasks(page);
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    let peak = 0;
    let peakRenderer = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapMb(session).catch(() => 0));
        peakRenderer = Math.max(peakRenderer, rendererMb(browserPid));
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
    // Let the tail of loading (the events' texts, which come after the first view, the timeline's
    // first histogram, idle work) finish before filtering.
    await page.locator('.dl-list__title').first().waitFor({ timeout: 300_000 });
    const textsIn = await page.evaluate(() => performance.now());
    process.stderr.write(`  events' details in ${Math.round(textsIn - t0)} ms after loading began\n`);
    await page.waitForTimeout(2000);
    const filterStart = await page.evaluate(() => performance.now());
    const redraws: Redraw[] = [];
    for (let run = 0; run < RUNS; run++) {
      redraws.push((await page.evaluate(REDRAW)) as Redraw);
      await page.waitForTimeout(300);
    }
    sampling = false;
    await sampler;
    const tasks = await page.evaluate(
      () => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
    );
    const traced = await trace.stop();
    const longest = (from: number, to: number) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    const mostCpu = (from: number, to: number) =>
      Math.max(0, ...traced.filter((t) => t.start >= from && t.start < to).map((t) => t.cpu));
    return {
      events,
      loadToMapMs: loaded - t0,
      redrawMs: redraws.map((r) => r.ms),
      phases: redraws.flatMap((r) => (r.phases ? [r.phases] : [])),
      longestLoadingTaskMs: longest(0, filterStart),
      longestFilterTaskMs: longest(filterStart, Number.POSITIVE_INFINITY),
      longestLoadingCpuMs: mostCpu(0, filterStart),
      longestFilterCpuMs: mostCpu(filterStart, Number.POSITIVE_INFINITY),
      peakHeapMb: peak,
      peakRendererMb: peakRenderer,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Sums of figures from several page loads of one build: redraws pooled, the rest averaged or the worst. */
function pooled(rows: readonly Figures[]): Figures {
  const mean = (pick: (r: Figures) => number) => rows.reduce((sum, r) => sum + pick(r), 0) / rows.length;
  const worst = (pick: (r: Figures) => number) => Math.max(...rows.map(pick));
  return {
    events: rows[0]?.events ?? 0,
    loadToMapMs: mean((r) => r.loadToMapMs),
    redrawMs: rows.flatMap((r) => r.redrawMs),
    phases: rows.flatMap((r) => r.phases),
    longestLoadingTaskMs: worst((r) => r.longestLoadingTaskMs),
    longestFilterTaskMs: worst((r) => r.longestFilterTaskMs),
    longestLoadingCpuMs: worst((r) => r.longestLoadingCpuMs),
    longestFilterCpuMs: worst((r) => r.longestFilterCpuMs),
    peakHeapMb: worst((r) => r.peakHeapMb),
    peakRendererMb: worst((r) => r.peakRendererMb),
  };
}

const servers = await Promise.all(
  DISTS.map((outDir) =>
    preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } }),
  ),
);
const urls = servers.map((server) => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return url;
});
try {
  const rows: { dist: string; figures: Figures }[] = [];
  for (const events of SIZES) {
    const runs = DISTS.map(() => [] as Figures[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, dist] of DISTS.entries()) {
        process.stderr.write(`${dist}: app at ${events.toLocaleString('en')} events…\n`);
        const row = await measure(urls[k] as string, events);
        process.stderr.write(`  redraws: ${row.redrawMs.map((ms) => Math.round(ms)).join(', ')} ms\n`);
        runs[k]?.push(row);
      }
    }
    for (const [k, dist] of DISTS.entries()) rows.push({ dist, figures: pooled(runs[k] ?? []) });
  }
  const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
  const median = (list: readonly number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  const build = DISTS.length > 1 ? '| build ' : '';
  const buildRule = DISTS.length > 1 ? '| --- ' : '';
  const cell = (dist: string) => (DISTS.length > 1 ? `| ${dist} ` : '');
  const count = RUNS * ROUNDS;
  console.log(
    `${build}| events | load → first map | filter → redraw, median (max) of ${count} | longest task: loading / filtering (its CPU time) | peak page heap | peak renderer memory |`,
  );
  console.log(`${buildRule}| -----: | ---: | ---: | ---: | ---: | ---: |`);
  for (const { dist, figures: r } of rows)
    console.log(
      `${cell(dist)}| ${r.events.toLocaleString('en')} | ${ms(r.loadToMapMs)} | ${ms(median(r.redrawMs))} (${ms(Math.max(...r.redrawMs))}) | ${ms(r.longestLoadingTaskMs)} / ${ms(r.longestFilterTaskMs)} (${ms(r.longestLoadingCpuMs)} / ${ms(r.longestFilterCpuMs)}) | ${Math.round(r.peakHeapMb)} MB | ${Math.round(r.peakRendererMb)} MB |`,
    );
  if (BREAKDOWN) {
    console.log(`\n${build}| events | redraws | ${PHASES.join(' | ')} | each redraw (ms) |`);
    console.log(`${buildRule}| -----: | ---: |${PHASES.map(() => ' ---: |').join('')} --- |`);
    for (const { dist, figures: r } of rows)
      console.log(
        `${cell(dist)}| ${r.events.toLocaleString('en')} | ${ms(median(r.redrawMs))} | ${PHASES.map((p) => ms(median(r.phases.map((x) => x[p])))).join(' | ')} | ${r.redrawMs.map((x) => Math.round(x)).join(', ')} |`,
      );
  }
} finally {
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.httpServer.close(() => resolve()))),
  );
}
