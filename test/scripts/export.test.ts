// The export command on the real data/ and geo/ files. One test runs it as a child process the way a
// person does (a cold tsx start costs a second or more on a loaded machine); the rest call the same
// command function in-process with captured output streams.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../scripts/export-cli';

const TSX = resolve('node_modules', '.bin', 'tsx');
const SCRIPT = resolve('scripts', 'export.ts');
const SPAWN_TIMEOUT_MS = 30_000;

function run(args: readonly string[], root?: string) {
  let stdout = '';
  let stderr = '';
  const status = runExport(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(root ? { root } : {}),
  });
  return { status, stdout, stderr };
}

describe('scripts/export.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of data/ and geo/ whose corpus file holds `corpusText`. */
  function rootWith(name: string, corpusText: string): string {
    const root = join(dir, name);
    mkdirSync(join(root, 'data'), { recursive: true });
    mkdirSync(join(root, 'geo'), { recursive: true });
    writeFileSync(join(root, 'data', 'corpus.json'), corpusText);
    writeFileSync(join(root, 'geo', 'places.json'), readFileSync('geo/places.json'));
    return root;
  }

  it(
    'writes GeoJSON to a file that parses, run as a process',
    () => {
      const out = join(dir, 'events.geojson');
      execFileSync(TSX, [SCRIPT, '--format', 'geojson', '--out', out], {
        encoding: 'utf8',
        timeout: SPAWN_TIMEOUT_MS,
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
    SPAWN_TIMEOUT_MS,
  );

  it('writes CSV to stdout, filtered by date and topic', () => {
    const all = run(['--format', 'csv']);
    expect(all.status).toBe(0);
    expect(
      all.stdout.startsWith(
        'id,title,summary,start,end,precision,status,place,placeId,placeKind,placeRole,topics,actors,sources,related,lat,lon\r\n',
      ),
    ).toBe(true);
    const some = run([
      '--format',
      'csv',
      '--from',
      '2008-11-01',
      '--to',
      '2008-11-30',
      '--topics',
      'diplomacy',
    ]);
    expect(some.status).toBe(0);
    const rows = (text: string) => text.trim().split('\r\n').length;
    expect(rows(some.stdout)).toBeGreaterThan(1);
    expect(rows(some.stdout)).toBeLessThan(rows(all.stdout));
  });

  it('exits 2 with a one-line message for an impossible date', () => {
    const result = run(['--format', 'csv', '--from', '2008-02-30']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'export: --from expects a real calendar date YYYY-MM-DD from year 1000 on, got "2008-02-30"',
    ]);
  });

  it('--from 0000-01-01 gets the app’s own date rules (years before 1000 are refused)', () => {
    const result = run(['--format', 'csv', '--from', '0000-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('from year 1000 on, got "0000-01-01"');
  });

  it('repeated flags are an error', () => {
    const result = run(['--format', 'csv', '--from', '2008-01-01', '--from', '2008-06-01']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: --from is given more than once;/);
    expect(run(['--format', 'csv', '--format=geojson']).status).toBe(2);
  });

  it('exits 2 for an unknown format, from after to, and an unknown topic (listing the known ones)', () => {
    expect(run(['--format', 'kml']).stderr).toContain('unknown format "kml"; expected one of geojson, csv');
    expect(run(['--format', 'csv', '--from', '2009-01-01', '--to', '2008-01-01']).status).toBe(2);
    const topic = run(['--format', 'csv', '--topics', 'no-such-topic']);
    expect(topic.status).toBe(2);
    expect(topic.stderr).toMatch(/unknown topic id "no-such-topic"; known topics: .*diplomacy/);
  });

  it.each(['null', '[]', '42', '"corpus"'])(
    'exits non-zero on a corpus that is %s, not an object',
    (text) => {
      const result = run(['--format', 'csv'], rootWith(`not-object-${text.length}`, text));
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(
        'export: data/corpus.json is not a corpus: expected a JSON object with sources, topics, actors and events',
      );
    },
  );

  it('warns about a bad record on stderr and still exports the good ones', () => {
    const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8'));
    const total = corpus.events.length;
    corpus.events[0].time.start = '2008-02-30';
    const result = run(['--format', 'geojson'], rootWith('broken', JSON.stringify(corpus)));
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
  });
});
