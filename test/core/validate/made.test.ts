// The checks that let an import keep the records it made without reading them again
// (src/core/validate/made.ts) may refuse a record its reader would take, never the reverse: whatever
// they accept, the reader returns equal, with the same keys in the same order and no problem at all.
// Each field of a good record is swapped for hostile values, removed, or joined by an extra one.
import { describe, expect, it } from 'vitest';
import type { NewsEvent, Place, Source } from '../../../src/core/types';
import { madeEvent, madePoint, madeSource, madeTime } from '../../../src/core/validate/made';
import { readOwnPlace } from '../../../src/core/validate/own';
import { type JsonObject, NO_ITEMS, RecordReader } from '../../../src/core/validate/reader';
import { readEvent, readSource } from '../../../src/core/validate/records';

const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '\t',
  'x',
  ' x ',
  0,
  -0,
  1,
  -91,
  181,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [''],
  [' '],
  ['x'],
  [{ place: 'p1', role: 'venue' }],
  [{ place: 'p1', role: 'nowhere' }],
  [{ place: ' ', role: 'venue' }],
  [{ role: 'venue', place: 'p1' }],
  [{ place: 'p1', role: 'venue', extra: 1 }],
  {},
  { nested: { deep: 1 } },
  { a: 1, b: 'two', c: null, d: false },
  { a: 'x'.repeat(10_001) },
  { '': 1 },
  JSON.parse('{"__proto__": 1}'),
  '2024',
  '2024-01',
  '2024-01-31',
  '2024-02-30',
  '2024-13',
  '0999-01-01',
  '2024-1-5',
  'day',
  'month',
  'year',
  'approximate',
  'occurred',
  'rumoured',
  'city',
  'region',
  'und',
  'en',
  'EN',
  'https://example.org/a',
  'https://example.org/a b',
  'ftp://example.org',
  'a b',
  'id:with.dots-and_underscores',
  'x'.repeat(129),
  '<script>alert(1)</script>',
];

const EVENT: NewsEvent = {
  id: 'e1',
  title: 'A title',
  summary: 'A summary',
  time: { start: '2024-01-31', precision: 'day' },
  status: 'occurred',
  places: [{ place: 'place-1', role: 'venue' }],
  actors: ['actor-a'],
  topics: ['topic-a'],
  quotes: NO_ITEMS,
  sources: ['e1:s1'],
  related: NO_ITEMS,
  properties: { fatalities: 3, note: 'x' },
};
const SOURCE: Source = {
  id: 'e1:s1',
  outlet: 'Reuters',
  headline: 'A title',
  published: '2024-01-31',
  dateline: 'place-1',
  language: 'und',
  url: 'https://example.org/1',
};
const POINT = { id: 'place-1', name: 'Kassala', kind: 'city', lat: 15.45, lon: 36.4 };

type Reader<T> = (r: RecordReader, o: JsonObject) => T | undefined;

/** The reader's result, or null when it reports any problem or drops anything. */
function read<T>(reader: Reader<T>, o: object): T | null {
  const r = new RecordReader('f.csv', 'x', o as JsonObject);
  const value = reader(r, o as JsonObject);
  return value === undefined || r.problems.length > 0 || r.dropped.length > 0 ? null : value;
}

/** Every variant of `base`: each key set to each hostile value, removed, and an extra key added. */
function* variants(base: Record<string, unknown>): Generator<Record<string, unknown>> {
  yield base;
  for (const key of Object.keys(base)) {
    const { [key]: _gone, ...without } = base;
    yield without;
    for (const value of HOSTILE) yield { ...base, [key]: value };
  }
  yield { ...base, extra: 1 };
  yield Object.fromEntries(Object.entries(base).reverse());
}

/** Checks `made` against `reader` on every variant; returns how many `made` took. */
function agree<T>(made: (o: object) => T | undefined, reader: Reader<T>, bases: object[]): number {
  let taken = 0;
  for (const base of bases)
    for (const variant of variants(base as Record<string, unknown>)) {
      const value = made(variant);
      if (value === undefined) continue;
      taken++;
      const expected = read(reader, variant);
      expect(expected, JSON.stringify(variant)).not.toBeNull();
      expect(value).toEqual(expected);
      expect(JSON.stringify(value)).toBe(JSON.stringify(expected));
    }
  return taken;
}

describe('made records', () => {
  it('takes an event only as readEvent returns it', () => {
    const times = [
      { start: '2024-01-31', precision: 'day' },
      { start: '2024-01', precision: 'month' },
      { start: '2024-01-30', end: '2024-02-02', precision: 'approximate' },
      { start: '2024-01-30', end: '2024-02-02', precision: 'day', label: 'four days' },
      { start: '2024-02-02', end: '2024-01-30', precision: 'day' },
      { start: '2024', end: '2024-01', precision: 'approximate' },
      { start: '2024-01', precision: 'day' },
      { start: '2024-01', precision: 'month', label: ' ' },
      { start: '2024-01', precision: 'month', end: undefined },
      { start: '2024-01', precision: 'month', extra: 1 },
    ];
    const bases = [
      EVENT,
      ...times.map((time) => ({ ...EVENT, time })),
      { ...EVENT, properties: undefined },
      { ...EVENT, related: [{ event: 'e2', type: 'follow-up-of' }] },
    ];
    // Every good base is taken (so the check is not simply refusing everything)…
    expect(agree(madeEvent, readEvent, bases)).toBeGreaterThan(bases.length);
    // …and an event without its optional properties, or with a time written end-first, too.
    const { properties: _p, ...bare } = EVENT;
    expect(madeEvent(bare)).toBe(bare);
  });

  it('takes a source only as readSource returns it', () => {
    const { headline: _h, published: _p, dateline: _d, ...outletOnly } = SOURCE;
    const bases = [
      SOURCE,
      { ...SOURCE, url: undefined },
      (({ url: _u, ...s }) => s)(SOURCE),
      // An outlet named alone (an imported row's), with and without its link, and with a headline only.
      outletOnly,
      (({ url: _u, ...s }) => s)(outletOnly),
      { id: SOURCE.id, outlet: SOURCE.outlet, headline: SOURCE.headline, language: SOURCE.language },
    ];
    expect(agree(madeSource, readSource, bases)).toBeGreaterThan(5);
    expect(madeSource(outletOnly)).toBe(outletOnly);
  });

  it('takes an own point only as readOwnPlace returns it, and never an outline', () => {
    const area = {
      ...POINT,
      kind: 'region',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    };
    expect(agree(madePoint, readOwnPlace as Reader<Place>, [POINT, area])).toBeGreaterThan(1);
    expect(madePoint(area)).toBeUndefined();
  });

  it('puts a time in the reader’s key order, and keeps one already in it as it is', () => {
    const ordered = { start: '2024-01-30', precision: 'day', end: '2024-02-02' };
    expect(madeTime(ordered)).toBe(ordered);
    const endFirst = { start: '2024-01-30', end: '2024-02-02', precision: 'day' };
    const time = madeTime(endFirst);
    expect(time).toEqual(endFirst);
    expect(Object.keys(time ?? {})).toEqual(['start', 'precision', 'end']);
    // An event holding it is taken as a copy with the time in order.
    const event = madeEvent({ ...EVENT, time: endFirst });
    expect(Object.keys(event?.time ?? {})).toEqual(['start', 'precision', 'end']);
    expect(JSON.stringify(event)).toBe(JSON.stringify(read(readEvent, { ...EVENT, time: endFirst })));
  });
});
