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
