// 10,000 hostile inputs through importInput: seeds in every format, cut, spliced and salted with
// quotes, NULs, delimiters, brackets, huge numbers and markup. Never an exception; every corpus
// that comes out passes the app's validator with no problem, and reads back as the same records.
import { describe, expect, it } from 'vitest';
import { importInput, type Preset } from '../../../src/core/import';
import { GDELT_COLUMNS } from '../../../src/core/import/presets/gdelt-columns';
import { validateCorpus } from '../../../src/core/validate';
import { fixture, gazetteer } from './helpers';

/** A small gazetteer keeps each run cheap; the importer's logic is what is fuzzed. */
const places = gazetteer.filter((p) =>
  ['paris', 'france', 'sudan', 'moscow', 'russia', 'ukraine'].includes(p.id),
);

const gdelt = GDELT_COLUMNS.v1
  .map((c) =>
    c === 'SQLDATE'
      ? '20240131'
      : c === 'ActionGeo_Type'
        ? '4'
        : c.endsWith('_Lat')
          ? '48.8'
          : c.endsWith('_Long')
            ? '2.3'
            : c === 'GLOBALEVENTID'
              ? '77'
              : 'x',
  )
  .join('\t');
const SEEDS: readonly [string, string][] = [
  ['acled.csv', fixture('acled.csv')],
  ['ged.csv', fixture('ucdp.csv')],
  ['events.csv', `${gdelt}\n${gdelt.replace('77', '78')}\n`],
  [
    'f.geojson',
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
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
          properties: { date: '2024-01-01', name: 'x', __proto__: 1 },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { timestamp: 1e12 },
        },
      ],
    }),
  ],
  [
    'c.json',
    JSON.stringify({
      sources: [],
      topics: [],
      actors: [],
      places: [{ id: 'p', name: 'P', kind: 'site', lat: 1, lon: 2 }],
      events: [
        {
          id: 'e',
          title: 't',
          summary: 's',
          time: { start: '2024', precision: 'year' },
          status: 'occurred',
          places: [{ place: 'p', role: 'venue' }],
          topics: ['t'],
          sources: ['s'],
        },
      ],
    }),
  ],
  ['m.csv', 'date,lat,lon,title,place,country\n2024-01-01,1,2,"a ""b""",Paris,France\n2024-02,,,x,,Sudan\n'],
];
const SALT = [
  '"',
  '""',
  ',',
  '\t',
  ';',
  '\n',
  '\r\n',
  '\u0000',
  '{',
  '}',
  '[',
  ']',
  ':',
  '9e999',
  '-1e308',
  '95.3',
  '<script>',
  '\uFEFF',
  '\uFFFD',
  'NaN',
  '__proto__',
  '2024-02-30',
  '99999999',
];
const PRESETS: readonly (Preset | 'auto')[] = [
  'auto',
  'auto',
  'auto',
  'acled',
  'ucdp',
  'gdelt',
  'geojson',
  'dateline',
];

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostile(random: () => number): [string, string, Preset | 'auto'] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const [name, seed] = pick(SEEDS);
  let text = seed;
  const edits = 1 + Math.floor(random() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * (text.length + 1));
    const kind = random();
    if (kind < 0.4) text = text.slice(0, at) + pick(SALT) + text.slice(at);
    else if (kind < 0.6) text = text.slice(0, at);
    else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    else text = text.slice(0, at) + text.slice(Math.floor(random() * text.length));
  }
  return [name, text, pick(PRESETS)];
}

/** 10,000 inputs in eight batches (each its own test, so none nears Vitest's 5 s on a busy machine: the first also pays the warm-up). */
const BATCHES = 8;
const PER_BATCH = 1_250;

describe('importInput on hostile input (10,000 inputs)', () => {
  it.each(Array.from({ length: BATCHES }, (_, b) => b))(
    'never throws, and only a valid corpus comes out (batch %i of 1,250)',
    (batch) => {
      const random = mulberry32(11 + batch);
      let loaded = 0;
      for (let i = 0; i < PER_BATCH; i++) {
        const [fileName, text, preset] = hostile(random);
        const result = importInput(text, { fileName, places, preset });
        if (!result.ok) {
          expect(result.error).toMatch(new RegExp(`^${fileName.replace('.', '\\.')}`));
          continue;
        }
        loaded++;
        const again = validateCorpus({
          corpus: { file: 'imported', json: result.corpus },
          places: { file: 'geo/places.json', json: { places } },
        });
        const problems = again.problems;
        if (problems.length)
          throw new Error(`input ${i} (${preset}): ${JSON.stringify(text)} → ${JSON.stringify(problems[0])}`);
        // Records the import took as it made them (src/core/validate/made.ts) read back the same.
        expect(JSON.stringify(again.value.events)).toBe(JSON.stringify(result.corpus.events));
        expect(JSON.stringify(again.value.sources)).toBe(JSON.stringify(result.corpus.sources));
        expect(result.report.eventsLoaded).toBe(result.corpus.events.length);
      }
      // Many inputs still carry good rows, so the validity check is exercised.
      expect(loaded).toBeGreaterThan(PER_BATCH / 10);
    },
  );
});
