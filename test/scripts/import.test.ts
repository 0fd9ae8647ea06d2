// The import command: in-process with captured streams, and once as a child process the way a
// person runs it; then `npm run export -- --corpus` on what it wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../scripts/export-cli';
import { runImport } from '../../scripts/import-cli';

const ACLED = resolve('test/fixtures/import/acled.csv');

function capture(command: typeof runImport, args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const status = command(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { status, stdout, stderr };
}

describe('scripts/import.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('places names places.json lacks with the large gazetteer (geo/gazetteer.json)', () => {
    const file = join(dir, 'towns.csv');
    writeFileSync(file, 'date,title,place\n2024-01-01,Fair,"Springfield, IL"\n2024-01-02,Lost,Xyzzyville\n');
    const r = capture(runImport, [file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).places).toMatchObject([{ name: 'Springfield', lat: 39.8017, lon: -89.6437 }]);
    expect(r.stderr).toContain(
      'row 3 (place): place "Xyzzyville" has no coordinates and is not in the gazetteer',
    );
  });

  it('writes the corpus to --out and the report to stderr, and export --corpus reads it', () => {
    const out = join(dir, 'acled.json');
    const r = capture(runImport, [ACLED, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `import: ${ACLED} (csv, acled): 4 rows read, 2 events loaded, 2 rows skipped`,
      '  row 4 (latitude): latitude 95.3 is out of range',
      '  row 5 (event_date): "2024-02-30" is not a date',
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(2);
    const exported = capture(runExport, ['--format', 'csv', '--corpus', out]);
    expect(exported.status).toBe(0);
    expect(exported.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(exported.stdout).toContain('SUD1001,Armed clash in Khartoum');
  });

  it('exits 1 with one line when nothing could be read, 2 on bad arguments', () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(capture(runImport, [empty])).toEqual({
      status: 1,
      stdout: '',
      stderr: `import: ${empty} is empty\n`,
    });
    expect(capture(runImport, [ACLED, '--preset', 'kml']).status).toBe(2);
    expect(capture(runImport, []).status).toBe(2);
    expect(capture(runImport, [join(dir, 'missing.csv')]).status).toBe(1);
  });

  it('runs as a process, corpus on stdout', () => {
    const stdout = execFileSync(
      resolve('node_modules', '.bin', 'tsx'),
      [resolve('scripts', 'import.ts'), ACLED, '--preset', 'acled'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 30_000,
      },
    );
    expect(JSON.parse(stdout).events.map((e: { id: string }) => e.id)).toEqual(['SUD1001', 'SUD1002']);
  });
});
