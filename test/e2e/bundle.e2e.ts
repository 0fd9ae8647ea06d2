// Budgets on the production build in dist/ (made by `npm run test:e2e` just before these tests).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const assets = readdirSync('dist/assets');
const gz = (name: string) => gzipSync(readFileSync(`dist/assets/${name}`)).byteLength;

describe('production build', () => {
  // The page's first load: the scripts index.html loads and preloads. Code loaded on demand (the import
  // dialog's reader) and the corpus worker (its own thread, in parallel) have budgets of their own.
  const html = readFileSync('dist/index.html', 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const worker = assets.filter((f) => /^corpus-worker-.*\.js$/.test(f));

  it("keeps the app's first-load JavaScript within 200 KB gzip", () => {
    expect(firstLoad.length).toBeGreaterThan(0);
    const total = firstLoad.reduce((sum, f) => sum + gz(f), 0);
    const all = assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
    console.info(
      `JS: ${(total / 1024).toFixed(1)} KB gzip on first load (${firstLoad.length} file(s)); ${(all / 1024).toFixed(1)} KB in all`,
    );
    expect(total).toBeLessThanOrEqual(200 * 1024);
  });

  it('keeps the corpus worker within 100 KB gzip', () => {
    expect(worker).toHaveLength(1);
    const size = gz(worker[0] as string);
    console.info(`corpus worker: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(100 * 1024);
  });

  it('ships the boundaries and the corpus as separate files, the boundaries within 150 KB gzip', () => {
    const boundaries = assets.filter((f) => /^boundaries\.topo-.*\.json$/.test(f));
    expect(boundaries).toHaveLength(1);
    expect(gz(boundaries[0] as string)).toBeLessThanOrEqual(150 * 1024);
    expect(assets.some((f) => /^corpus-.*\.json$/.test(f))).toBe(true);
    expect(assets.some((f) => /^places-.*\.json$/.test(f))).toBe(true);
    // Not inlined: the JS bundle holds no topology.
    for (const f of assets.filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(`dist/assets/${f}`, 'utf8')).not.toContain('"arcs":[');
    }
  });
});
