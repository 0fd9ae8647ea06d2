// The export command on the real data/ and geo/ files, run as a child process the way a person runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules', '.bin', 'tsx');
const SCRIPT = resolve('scripts', 'export.ts');
// Each run starts tsx (esbuild) cold: about a second, more on a loaded CI machine.
const TIMEOUT_MS = 30_000;

function run(args: readonly string[], cwd?: string) {
  return spawnSync(TSX, [SCRIPT, ...args], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    ...(cwd ? { cwd } : {}),
  });
}

describe('scripts/export.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'writes GeoJSON to a file that parses',
    () => {
      const out = join(dir, 'events.geojson');
      execFileSync(TSX, [SCRIPT, '--format', 'geojson', '--out', out], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        stdio: 'pipe',
      });
      const json = JSON.parse(readFileSync(out, 'utf8'));
      expect(json.type).toBe('FeatureCollection');
      expect(json.features.length).toBeGreaterThan(0);
      for (const feature of json.features) {
        expect(feature.geometry.type).toBe('Point');
        expect(typeof feature.properties.id).toBe('string');
      }
    },
    TIMEOUT_MS,
  );

  it(
    'writes CSV to stdout, filtered by date and topic',
    () => {
      const all = execFileSync(TSX, [SCRIPT, '--format', 'csv'], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        stdio: 'pipe',
      });
      expect(
        all.startsWith(
          'id,title,summary,start,end,precision,status,place,placeId,placeKind,placeRole,topics,actors,sources,related\r\n',
        ),
      ).toBe(true);
      const some = execFileSync(
        TSX,
        [SCRIPT, '--format', 'csv', '--from', '2008-11-01', '--to', '2008-11-30', '--topics', 'diplomacy'],
        {
          encoding: 'utf8',
          timeout: TIMEOUT_MS,
          stdio: 'pipe',
        },
      );
      expect(some.length).toBeGreaterThan(0);
      expect(some.length).toBeLessThanOrEqual(all.length);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2 with a one-line message for an impossible date',
    () => {
      const result = run(['--format', 'csv', '--from', '2008-02-30']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        'export: --from expects a real calendar date YYYY-MM-DD, got "2008-02-30"',
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2 for an unknown format, from after to, and an unknown topic (listing the known ones)',
    () => {
      expect(run(['--format', 'kml']).stderr).toContain('unknown format "kml"; expected one of geojson, csv');
      expect(run(['--format', 'csv', '--from', '2009-01-01', '--to', '2008-01-01']).status).toBe(2);
      const topic = run(['--format', 'csv', '--topics', 'no-such-topic']);
      expect(topic.status).toBe(2);
      expect(topic.stderr).toMatch(/unknown topic id "no-such-topic"; known topics: .*diplomacy/);
    },
    TIMEOUT_MS,
  );

  it(
    'warns about a bad record on stderr and still exports the good ones',
    () => {
      const root = join(dir, 'broken');
      mkdirSync(join(root, 'data'), { recursive: true });
      mkdirSync(join(root, 'geo'), { recursive: true });
      const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8'));
      const total = corpus.events.length;
      corpus.events[0].time.start = '2008-02-30';
      writeFileSync(join(root, 'data', 'corpus.json'), JSON.stringify(corpus));
      writeFileSync(join(root, 'geo', 'places.json'), readFileSync('geo/places.json'));
      const result = run(['--format', 'geojson'], root);
      expect(result.status).toBe(0);
      expect(result.stderr).toContain(
        `export: warning: data/corpus.json · record ${corpus.events[0].id} · field time.start:`,
      );
      const ids = new Set(
        JSON.parse(result.stdout).features.map((f: { properties: { id: string } }) => f.properties.id),
      );
      expect(ids.has(corpus.events[0].id)).toBe(false);
      expect(ids.size).toBeLessThanOrEqual(total - 1);
      expect(ids.size).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
