import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_BYTES, runDraft } from '../../scripts/draft-cli';

const dir = mkdtempSync(join(tmpdir(), 'draft-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = runDraft(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run draft', () => {
  it('prints the JSON contract with offsets into the text as read (BOM dropped)', () => {
    const text =
      'PARIS — President Nicolas Sarkozy met NATO officials in Paris on Friday, “to talk,” he said.';
    const { code, out } = run([
      file('a.txt', `\uFEFF${text}`),
      '--published',
      '2008-11-14',
      '--outlet',
      'Wire',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'published',
      'dateline',
      'places',
      'dates',
      'actors',
      'quotes',
      'events',
    ]);
    expect(json.published).toBe('2008-11-14');
    expect(json.places[0]).toMatchObject({
      text: 'PARIS',
      placeId: 'paris',
      kind: 'city',
      country: 'france',
      adjectival: false,
    });
    expect(Object.keys(json.places[0])).toEqual([
      'text',
      'start',
      'end',
      'placeId',
      'name',
      'kind',
      'country',
      'lat',
      'lng',
      'adjectival',
      'confidence',
    ]);
    expect(json.dates[0]).toMatchObject({
      text: 'Friday',
      start_date: '2008-11-14',
      end_date: '2008-11-14',
      precision: 'day',
    });
    for (const list of [json.places, json.dates, json.actors, json.quotes]) {
      for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(json.events[0].source.outlet).toBe('Wire');
  });

  it('reads the main text of an HTML file without running its scripts', () => {
    const html = `<html><head><title>T</title><script>globalThis.ran = true</script></head><body><article><h1>Summit</h1><p>${'Leaders met in Paris to talk about missiles and many other things at length. '.repeat(8)}</p></article></body></html>`;
    expect(htmlToText(html)).toContain('Leaders met in Paris');
    expect(htmlToText(html)).not.toContain('globalThis');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    const { code, out } = run([file('a.html', html), '--published', '2008-11-14', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).places.some((p: { placeId: string }) => p.placeId === 'paris')).toBe(true);
  });

  it('refuses bad input with one line and a non-zero exit', () => {
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.txt')], /missing\.txt: no such file/],
      [[file('empty.txt', '  \n')], /empty file/],
      [[file('bin.txt', Buffer.from([0x50, 0x00, 0x01]))], /binary file/],
      [[file('big.txt', Buffer.alloc(MAX_BYTES + 1, 0x61))], /over the 2000000-byte limit/],
      [[file('ok.txt', 'Paris.'), '--published', '14/11/2008'], /not YYYY-MM-DD/],
      [[], /usage/],
      [[file('ok2.txt', 'Paris.'), '--bogus'], /unknown option --bogus/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = run(argv);
      expect(code).not.toBe(0);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });
});
