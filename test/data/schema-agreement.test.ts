// The published JSON Schema and the app's validator give the same verdict on each structural
// problem (references are beyond JSON Schema and checked by the validator alone).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/core/validate';
import { copyCorpus, miniPlaces } from '../fixtures/mini-corpus';

const schema = JSON.parse(readFileSync(new URL('../../data/corpus.schema.json', import.meta.url), 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

type Mutable = Record<string, unknown>;

function verdicts(mutate: (corpus: ReturnType<typeof copyCorpus>) => void) {
  const corpus = copyCorpus();
  mutate(corpus);
  const schemaOk = validateSchema(corpus);
  const { problems } = validateCorpus({
    corpus: { file: 'c', json: corpus },
    places: { file: 'p', json: miniPlaces },
  });
  return { schemaOk, validatorOk: problems.length === 0 };
}

const event = (c: ReturnType<typeof copyCorpus>) => c.events[1] as unknown as Mutable;

const RING = [
  [20, 10],
  [21, 10],
  [21, 11],
  [20, 10],
];
const OWN_AREA = {
  id: 'own-area',
  name: 'Own area',
  kind: 'region',
  lat: 10.5,
  lon: 20.5,
  geometry: { type: 'Polygon', coordinates: [RING] },
};
function withOwn(c: ReturnType<typeof copyCorpus>, place: Mutable) {
  (c as unknown as Mutable).places = [place];
  event(c).places = [{ place: place.id, role: 'venue' }];
}

const cases: [string, (c: ReturnType<typeof copyCorpus>) => void][] = [
  ['the valid fixture', () => {}],
  [
    'omitted actors, quotes and related',
    (c) => {
      delete event(c).actors;
      delete event(c).quotes;
      delete event(c).related;
    },
  ],
  ['a blank title', (c) => (event(c).title = '   ')],
  ['a day date with month precision', (c) => (event(c).time = { start: '2008-11-14', precision: 'month' })],
  [
    'a month end with day precision',
    (c) => (event(c).time = { start: '2008-11-01', end: '2008-12', precision: 'day' }),
  ],
  [
    'approximate with mixed forms',
    (c) => (event(c).time = { start: '2009-06', end: '2009', precision: 'approximate' }),
  ],
  ['an unknown status', (c) => (event(c).status = 'rumoured')],
  ['no places', (c) => (event(c).places = [])],
  ['no topics', (c) => (event(c).topics = [])],
  ['an extra field', (c) => (event(c).note = 'x')],
  [
    'a long quote',
    (c) => (event(c).quotes = [{ text: 'x'.repeat(201), speaker: 'leader-b', source: 'wire-1' }]),
  ],
  [
    'a quote at the limit',
    (c) => (event(c).quotes = [{ text: 'x'.repeat(200), speaker: 'leader-b', source: 'wire-1' }]),
  ],
  ['a javascript: url', (c) => ((c.sources[0] as Mutable).url = 'javascript:alert(1)')],
  ['a url with a space', (c) => ((c.sources[0] as Mutable).url = 'https://a b')],
  ['a short colour', (c) => ((c.topics[0] as Mutable).color = '#fff')],
  ['a bad language tag', (c) => ((c.sources[0] as Mutable).language = 'English')],
  ['a bad id', (c) => (event(c).id = 'has space')],
  ['a published month', (c) => ((c.sources[0] as Mutable).published = '2008-11')],
  // The format extension for imported data: own places, own outlines, property tables.
  ['an actor without a country', (c) => delete (c.actors[0] as Mutable).country],
  [
    'an event at its own point',
    (c) => {
      withOwn(c, { id: 'own-1', name: 'Camp', kind: 'site', lat: 10, lon: 20 });
      event(c).places = [{ place: 'own-1', role: 'venue' }];
    },
  ],
  ['an own area with an outline', (c) => withOwn(c, { ...OWN_AREA })],
  ['an own city with an outline', (c) => withOwn(c, { ...OWN_AREA, kind: 'city' })],
  ['an own place at latitude 95', (c) => withOwn(c, { ...OWN_AREA, lat: 95 })],
  [
    'an own outline with three positions',
    (c) => withOwn(c, { ...OWN_AREA, geometry: { type: 'Polygon', coordinates: [RING.slice(1)] } }),
  ],
  [
    'an own outline of a wrong type',
    (c) => withOwn(c, { ...OWN_AREA, geometry: { type: 'Point', coordinates: [1, 2] } }),
  ],
  [
    'a flat property table',
    (c) => (event(c).properties = { fatalities: 3, note: '<b>x</b>', ok: true, gone: null }),
  ],
  ['a nested property', (c) => (event(c).properties = { nested: { a: 1 } })],
  ['a list property', (c) => (event(c).properties = { list: [1] })],
];

describe('schema and validator agree', () => {
  it.each(cases)('on %s', (_name, mutate) => {
    const { schemaOk, validatorOk } = verdicts(mutate);
    expect(schemaOk).toBe(validatorOk);
  });
  it('and the cases cover both verdicts', () => {
    const outcomes = new Set(cases.map(([, m]) => verdicts(m).validatorOk));
    expect(outcomes).toEqual(new Set([true, false]));
  });
});
