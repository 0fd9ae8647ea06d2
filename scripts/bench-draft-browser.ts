// The article drafter in real Chromium: loading geo/gazetteer.json (fetch + JSON + index) and
// drafting a seeded synthetic 1,000-word article (median of 15, after one warm-up run).
//   npx tsx scripts/bench-draft-browser.ts [--rounds 3] [--compare OTHER.json] [--on-the-fly]
// --compare loads OTHER.json in turn with geo/gazetteer.json (interleaved, one run: the machine is
// shared, so only figures taken together compare).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { gzipCopy, precompressed } from './precompressed';

const i = process.argv.indexOf('--rounds');
const ROUNDS = i > 0 ? Number(process.argv[i + 1]) : 3;
const c = process.argv.indexOf('--compare');
const COMPARE = c > 0 ? process.argv[c + 1] : undefined;
const ON_THE_FLY = process.argv.includes('--on-the-fly');
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function main() {
  const root = resolve('test/bench/draft');
  const outDir = mkdtempSync(join(tmpdir(), 'dl-draft-bench-'));
  try {
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    copyFileSync(resolve('geo/gazetteer.json'), join(outDir, 'gazetteer.json'));
    if (COMPARE) copyFileSync(resolve(COMPARE), join(outDir, 'other.json'));
    // Served precompressed, as the app's own build and preview serve it (scripts/precompressed.ts);
    // --on-the-fly measures the preview server compressing it on every request instead.
    if (!ON_THE_FLY)
      for (const name of ['gazetteer.json', ...(COMPARE ? ['other.json'] : [])])
        gzipCopy(readFileSync(join(outDir, name)), join(outDir, name));
    const server = await preview({
      root,
      configFile: false,
      plugins: [precompressed()],
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('preview server has no URL');
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const loads: number[] = [];
    const fetches: number[] = [];
    const drafts: number[] = [];
    const otherLoads: number[] = [];
    try {
      for (let r = 0; r < ROUNDS * (COMPARE ? 2 : 1); r++) {
        const other = COMPARE !== undefined && r % 2 === 1;
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(other ? `${url}?file=other.json` : url);
        await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 60_000 });
        const result = (await page.evaluate('window.__draftBench')) as {
          load: number;
          fetched: number;
          drafts: number[];
        };
        await context.close();
        if (other) {
          otherLoads.push(result.load);
          continue;
        }
        loads.push(result.load);
        fetches.push(result.fetched);
        drafts.push(median(result.drafts.slice(1)));
      }
      console.log(
        `\nArticle drafter in Chromium ${browser.version()}, ${cpus().length} CPUs, ${ROUNDS} page loads, gazetteer ${ON_THE_FLY ? 'compressed on the fly' : 'precompressed'}`,
      );
      console.log(`| Step | Median | Target |\n|---|---:|---:|`);
      console.log(
        `| Load geo/gazetteer.json (fetch, JSON, index) | ${median(loads).toFixed(0)} ms | < 500 ms |`,
      );
      console.log(`| … of which fetch + JSON | ${median(fetches).toFixed(0)} ms | |`);
      if (COMPARE)
        console.log(`| Load ${COMPARE} instead, interleaved | ${median(otherLoads).toFixed(0)} ms | |`);
      console.log(`| Draft a 1,000-word article | ${median(drafts).toFixed(1)} ms | < 50 ms |`);
    } finally {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
