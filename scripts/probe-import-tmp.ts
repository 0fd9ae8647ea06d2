// TEMPORARY (not committed): trace the import path and print long main-thread tasks with their contents.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { benchFile } from '../test/bench/import-data';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const rows = Number(process.argv[2] ?? 20000);
const file = `/tmp/importapp-probe/acled.csv`;
writeFileSync(file, benchFile('acled', rows));
const server = await preview({ logLevel: 'warn', build: { outDir: process.env.PROBE_DIST ?? 'dist' }, preview: { host: '127.0.0.1', port: 0, open: false } });
const url = server.resolvedUrls?.local[0] as string;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(url);
await page.getByTestId('event-count').waitFor({ timeout: 60_000 });
await page.waitForTimeout(1000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await browser.startTracing(page, {
  path: '/tmp/importapp-probe/trace.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel'],
});
const t0 = Date.now();
await page.getByRole('button', { name: 'Open data' }).click();
await page.locator('dialog.dl-open input[type="file"]').setInputFiles(file);
await page.getByRole('button', { name: 'Import' }).click({ timeout: 120_000 });
await page.waitForURL(/\?ds=/, { timeout: 600_000 });
const opened = Date.now() - t0;
await page.waitForFunction(
  () => /^(\d+) of \1 events$/.test(document.querySelector('[data-testid="event-count"]')?.textContent ?? ''),
  undefined,
  { timeout: 600_000, polling: 50 },
);
await page.locator('.dl-spot-button, path[data-event-area]').first().waitFor({ timeout: 60_000 });
const onMap = Date.now() - t0;
await page.waitForTimeout(500);
await browser.stopTracing();
const { profile } = (await cdp.send('Profiler.stop')) as any;
writeFileSync('/tmp/importapp-probe/profile.json', JSON.stringify(profile));
console.log(`rows ${rows}: opened ${opened} ms, on map ${onMap} ms`);
await browser.close();
await server.httpServer.close();

const trace = JSON.parse(readFileSync('/tmp/importapp-probe/trace.json', 'utf8'));
const events: any[] = trace.traceEvents ?? trace;
// Renderer main thread: the thread named CrRendererMain with most events.
const names = events.filter((e) => e.name === 'thread_name');
const mains = names.filter((e) => e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const count = new Map<string, number>();
for (const e of events) {
  const k = `${e.pid}:${e.tid}`;
  if (mains.includes(k)) count.set(k, (count.get(k) ?? 0) + 1);
}
const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > 50_000);
for (const t of tasks) {
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 5_000);
  console.log(`\nTASK ${Math.round(t.dur / 1000)} ms at ${Math.round((t.ts - tasks[0].ts) / 1000)}`);
  for (const e of inside.slice(0, 25)) {
    const d = e.args?.data ?? {};
    console.log(
      `  ${' '.repeat(Math.round((e.ts - t.ts) / 1000) > -1 ? 0 : 0)}${e.name} ${Math.round(e.dur / 1000)} ms +${Math.round((e.ts - t.ts) / 1000)} ${d.functionName ?? ''} ${d.url ? d.url.split('/').pop() : ''}:${d.lineNumber ?? ''} ${d.type ?? ''}`,
    );
  }
}

// CPU profile: runs of non-idle samples over 50 ms, with top inclusive frames.
{
  const prof = JSON.parse(readFileSync('/tmp/importapp-probe/profile.json', 'utf8'));
  const byId = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: any) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  let t = prof.startTime;
  const samples = prof.samples.map((id: number, i: number) => { t += prof.timeDeltas[i]; return { id, t }; });
  const idle = (id: number) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id).callFrame.functionName) && byId.get(id).callFrame.functionName === '(idle)';
  let run: any[] = [];
  const flush = () => {
    if (run.length < 2) { run = []; return; }
    const dur = (run[run.length - 1].t - run[0].t) / 1000;
    if (dur > 40) {
      const incl = new Map<string, number>();
      const self = new Map<string, number>();
      for (let i = 1; i < run.length; i++) {
        const dt = (run[i].t - run[i - 1].t) / 1000;
        const seen = new Set<string>();
        let id: number | undefined = run[i].id;
        self.set(label(byId.get(id)), (self.get(label(byId.get(id))) ?? 0) + dt);
        while (id !== undefined) { const l = label(byId.get(id)); if (!seen.has(l)) { seen.add(l); incl.set(l, (incl.get(l) ?? 0) + dt); } id = parent.get(id); }
      }
      console.log(`\nRUN ${Math.round(dur)} ms at ${Math.round((run[0].t - prof.startTime) / 1000)}`);
      console.log('  incl: ' + [...incl].filter(([l]) => !/^\(root\)|performWork|workLoop|flush|commit|recursivelyTraverse|callCallback|runWithFiberInDEV|processRootSchedule|renderRoot|beginWork|completeWork|performUnitOfWork/.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 18).map(([l, v]) => `${l} ${Math.round(v)}`).join(' | '));
      console.log('  self: ' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([l, v]) => `${l} ${Math.round(v)}`).join(' | '));
    }
    run = [];
  };
  for (const s of samples) { if (idle(s.id)) flush(); else run.push(s); }
  flush();
}
