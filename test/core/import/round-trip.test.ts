// Dateline's own exports re-import to the same events: for any generated valid corpus,
// export → import → export gives byte-identical GeoJSON and CSV.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../../../src/core/export';
import { queryEvents } from '../../../src/core/index/query';
import { buildCorpusModel } from '../../../src/core/model';
import { validateCorpus } from '../../../src/core/validate';
import { gazetteer, loaded, run } from './helpers';

const GAZETTEER_IDS = ['paris', 'moscow', 'russia', 'france', 'sudan', 'kyiv'];
// Text as people write it: quotes, commas, newlines, markup, a leading "=". CSV joins lists with
// "; " and writes a source as "Outlet: Headline (date) URL" (each part after the outlet only when the
// source has it), so list items carry no ";", ":" or digits.
const text = fc
  .string({ unit: fc.constantFrom(...'ab Zé,"\'<>&=+-@\n'.split('')), minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== '');
const itemText = fc
  .string({ unit: fc.constantFrom(...'abcXY é\'"<>&='.split('')), minLength: 1, maxLength: 10 })
  .filter((s) => s.trim() === s && s !== '');
// An imported event's kept columns (ACLED `fatalities`, a GeoJSON file's other properties), which the
// exports carry as `fields`.
const properties = fc.option(
  fc.dictionary(
    fc.string({ unit: fc.constantFrom(...'abXY_é '.split('')), minLength: 1, maxLength: 8 }),
    fc.oneof(
      text,
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 64),
      fc.boolean(),
      fc.constant(null),
    ),
    { maxKeys: 3 },
  ),
  { nil: undefined },
);
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const time = fc
  .tuple(fc.constantFrom('day', 'month', 'year', 'approximate'), day, day, fc.boolean())
  .map(([precision, a, b, single]) => {
    const [s, e] = a <= b ? [a, b] : [b, a];
    const cut = precision === 'month' ? 7 : precision === 'year' ? 4 : 10;
    const start = s.slice(0, cut);
    const end = e.slice(0, cut);
    return single || end === start ? { start, precision } : { start, end, precision };
  });

const corpus = fc
  .record({
    events: fc.array(
      fc.record({
        title: text,
        summary: text,
        time,
        status: fc.constantFrom('occurred', 'announced', 'threatened', 'planned', 'proposed'),
        places: fc.uniqueArray(fc.integer({ min: 0, max: GAZETTEER_IDS.length + 2 }), {
          minLength: 1,
          maxLength: 2,
        }),
        role: fc.constantFrom('venue', 'subject', 'target', 'origin'),
        topics: fc.uniqueArray(fc.constantFrom('war', 'peace-talks', 'trade'), {
          minLength: 1,
          maxLength: 2,
        }),
        actors: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
        sources: fc.array(
          // An article, or an outlet named alone (as imported rows name them): headline and date optional.
          fc.record({
            outlet: itemText,
            headline: fc.option(itemText, { nil: undefined }),
            published: fc.option(day, { nil: undefined }),
            url: fc.option(fc.constant('https://example.org/a?b=1'), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        related: fc.boolean(),
        properties,
      }),
      { minLength: 1, maxLength: 6 },
    ),
    actorNames: fc.uniqueArray(itemText, { minLength: 3, maxLength: 3 }),
    own: fc.tuple(
      fc.integer({ min: -890000, max: 890000 }),
      fc.integer({ min: -1790000, max: 1790000 }),
      itemText,
    ),
  })
  .map(({ events, actorNames, own }) => {
    const ownPlaces = [
      { id: 'own-a', name: own[2], kind: 'site', lat: own[0] / 1e4, lon: own[1] / 1e4 },
      {
        id: 'own-b',
        name: 'B',
        kind: 'region',
        lat: 1.5,
        lon: 2.5,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [2, 1],
              [3, 1],
              [3, 2],
              [2, 1],
            ],
          ],
        },
      },
      { id: 'own-c', name: 'C', kind: 'city', lat: -1, lon: -2 },
    ];
    const placeIds = [...GAZETTEER_IDS, ...ownPlaces.map((p) => p.id)];
    return {
      topics: ['war', 'peace-talks', 'trade'].map((id) => ({
        id,
        label: id,
        color: '#123456',
        description: 'd',
      })),
      actors: actorNames.map((name, i) => ({ id: `actor-${i}`, name, role: 'r' })),
      places: ownPlaces,
      sources: events.flatMap((e, i) =>
        e.sources.map((s, k) => ({
          id: `s${i}-${k}`,
          ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
          dateline: 'paris',
          language: 'en',
        })),
      ),
      events: events.map((e, i) => ({
        id: `e-${i}`,
        title: e.title,
        summary: e.summary,
        time: e.time,
        status: e.status,
        places: e.places.map((p) => ({ place: placeIds[p], role: e.role })),
        actors: e.actors.map((a) => `actor-${a}`),
        topics: e.topics,
        quotes: [],
        sources: e.sources.map((_, k) => `s${i}-${k}`),
        related: e.related && i > 0 ? [{ event: 'e-0', type: 'part-of' }] : [],
        ...(e.properties ? { properties: e.properties } : {}),
      })),
    };
  });

const ALL = { from: null, to: null, topics: null, actors: [], outlets: [], text: '' } as const;

function exportAll(json: unknown, format: 'geojson' | 'csv'): string {
  const v = validateCorpus({
    corpus: { file: 'c', json },
    places: { file: 'p', json: { places: gazetteer } },
  });
  expect(v.problems).toEqual([]);
  const model = buildCorpusModel(v.value);
  return exportEvents(model, queryEvents(model.index, ALL), format).text;
}

describe('export → import → export', () => {
  // 60 generated corpora per format, in three seeded batches so each test stays well under 5 s on a
  // busy machine.
  for (const format of ['geojson', 'csv'] as const) {
    for (const seed of [11, 12, 13]) {
      it(`gives identical ${format} for any valid corpus (20 corpora, seed ${seed})`, () => {
        fc.assert(
          fc.property(corpus, (c) => {
            const first = exportAll(c, format);
            const imported = loaded(run(first, `dateline-events.${format}`));
            expect(imported.report.rowsSkipped).toBe(0);
            // The imported columns come back too (the exports' text alone would not show their loss).
            const kept = (events: readonly unknown[]) =>
              Object.fromEntries(
                (events as readonly { id: string; properties?: object }[]).flatMap((e) =>
                  e.properties && Object.keys(e.properties).length > 0 ? [[e.id, e.properties]] : [],
                ),
              );
            expect(kept(imported.corpus.events)).toEqual(kept(c.events));
            expect(exportAll(imported.corpus, format)).toBe(first);
          }),
          { numRuns: 20, seed },
        );
      });
    }
  }
});

describe('the exports’ imported columns (fields)', () => {
  const [sample] = fc.sample(corpus, { numRuns: 1, seed: 5 });
  if (!sample) throw new Error('no sample');
  const plain = { ...sample, events: sample.events.map(({ properties: _, ...e }) => e) };
  const withFields = {
    ...plain,
    events: plain.events.map((e, i) =>
      i === 0 ? { ...e, properties: { fatalities: 3, admin1: 'Khartoum' } } : e,
    ),
  };

  it('adds a fields column only when an exported event has imported columns', () => {
    expect(exportAll(plain, 'csv').split('\r\n')[0]?.endsWith(',lat,lon')).toBe(true);
    expect(exportAll(plain, 'geojson')).not.toContain('"fields"');
    const csv = exportAll(withFields, 'csv');
    expect(csv.split('\r\n')[0]?.endsWith(',lat,lon,fields')).toBe(true);
    expect(csv).toContain('"{""fatalities"":3,""admin1"":""Khartoum""}"');
    expect(exportAll(withFields, 'geojson')).toContain('"fields":{"fatalities":3,"admin1":"Khartoum"}');
  });

  it('skips a row whose fields cell is not a JSON object, naming the column, and keeps the rest', () => {
    const csv = exportAll(withFields, 'csv').replace(
      '"{""fatalities"":3,""admin1"":""Khartoum""}"',
      'not json',
    );
    const imported = loaded(run(csv, 'dateline-events.csv'));
    expect(imported.report.skipped.map((s) => [s.column, s.reason])).toEqual([
      ['fields', 'is not a JSON object of the imported columns'],
    ]);
    expect(imported.corpus.events.length).toBe(withFields.events.length - 1);
  });
});
