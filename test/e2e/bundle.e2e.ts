// Budgets on the production build in dist/ (made by `npm run test:e2e` just before these tests).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const assets = readdirSync('dist/assets');
const gz = (name: string) => gzipSync(readFileSync(`dist/assets/${name}`)).byteLength;

describe('production build', () => {
  it("keeps the app's JavaScript within 200 KB gzip", () => {
    const js = assets.filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const total = js.reduce((sum, f) => sum + gz(f), 0);
    console.info(`JS: ${(total / 1024).toFixed(1)} KB gzip in ${js.length} file(s)`);
    expect(total).toBeLessThanOrEqual(200 * 1024);
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
