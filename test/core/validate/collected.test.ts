// CorpusInput.collected (an import reads its places, sources and events one at a time as it makes them)
// must give exactly what reading the same lists from the corpus JSON gives: records, order and problems.
import { describe, expect, it } from 'vitest';
import { recordCollectors } from '../../../src/core/validate/collect';
import { validateCorpus } from '../../../src/core/validate/corpus';
import { copyCorpus, miniPlaces } from '../../fixtures/mini-corpus';

type Json = Record<string, unknown>;

/** The fixture with every kind of trouble in the three collected lists. */
function troubled(): Json {
  const corpus = copyCorpus() as unknown as Json;
  const events = corpus.events as unknown[];
  const sources = corpus.sources as Json[];
  const base = events[0] as Json;
  const places = [
    { id: 'own-town', name: 'Own Town', aliases: [], kind: 'city', lat: 10, lon: 20 },
    { id: 'own-bad', name: 'Bad', aliases: [], kind: 'city', lat: 95, lon: 20 },
    { id: 'nice', name: 'Nice again', aliases: [], kind: 'city', lat: 1, lon: 2 },
    { id: 'own-town', name: 'Twin', aliases: [], kind: 'city', lat: 11, lon: 21 },
    'not a place',
    {
      id: 'own-area',
      name: 'Area',
      aliases: [],
      kind: 'region',
      lat: 1,
      lon: 1,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 0],
          ],
        ],
      },
    },
  ];
  sources.push(
    { ...(sources[0] as Json), id: 'no-date', published: '2008-02-30' },
    { ...(sources[0] as Json), id: 'wire-1' },
    { ...(sources[0] as Json), id: 'bad-link', url: 'javascript:alert(1)' },
  );
  events.push(
    { ...base, id: 'at-own', places: [{ place: 'own-area', role: 'venue' }], sources: ['bad-link'] },
    { ...base, id: 'at-bad', places: [{ place: 'own-bad', role: 'venue' }] },
    { ...base, id: 'bad-day', time: { start: '2008-13-01', precision: 'month' } },
    { ...base, id: 'extra', sumary: 'typo' },
    { ...base, id: 'cites-dup', sources: ['wire-1', 'no-date'] },
    { ...base, id: 'dup-event' },
    { ...base, id: 'dup-event', title: 'Other' },
    { ...base, id: 'props', properties: { fine: 1, bad: { nested: true } } },
    42,
  );
  corpus.places = places;
  return corpus;
}

describe('validateCorpus with collected records', () => {
  it('gives the same corpus and the same problems, in order, as reading the lists from the file', () => {
    const corpus = troubled();
    const placesInput = { file: 'geo/places.json', json: miniPlaces };
    const whole = validateCorpus({ corpus: { file: 'mine.csv', json: corpus }, places: placesInput });
    const collected = recordCollectors('mine.csv');
    for (const p of corpus.places as unknown[]) collected.places.add(p);
    for (const s of corpus.sources as unknown[]) collected.sources.add(s);
    for (const e of corpus.events as unknown[]) collected.events.add(e);
    const rest = { ...corpus, places: [], sources: [], events: [] };
    const one = validateCorpus({ corpus: { file: 'mine.csv', json: rest }, places: placesInput, collected });
    // The troubles were all seen…
    const fields = new Set(whole.problems.map((p) => p.field));
    for (const field of [
      'lat',
      'id',
      '(record)',
      'published',
      'url',
      'time.start',
      'sumary',
      'properties.bad',
    ])
      expect(fields, field).toContain(field);
    expect(whole.value.events.map((e) => e.id)).toContain('at-own');
    // …and both ways agree on every record and every problem.
    expect(one.value).toEqual(whole.value);
    expect(one.problems).toEqual(whole.problems);
    expect(Object.isFrozen(one.value.events[0]?.time)).toBe(true);
  });

  it('keeps each checked copy and says which entries were bad as they come', () => {
    const collected = recordCollectors('mine.csv');
    const corpus = copyCorpus() as unknown as Json;
    const good = (corpus.events as Json[])[0] as Json;
    expect(collected.events.add(good)).toEqual(good);
    expect(collected.events.add(good)).not.toBe(good);
    expect(collected.events.add({ ...good, id: 'x', title: '' })).toBeUndefined();
    expect(collected.events.problems.map((p) => [p.record, p.field])).toEqual([['x', 'title']]);
    expect([...collected.events.seen]).toEqual([good.id, 'x']);
    expect(collected.events.indexes).toEqual([0, 1]);
  });

  it('with ids promised unique, sees every label only when asked, and keeps seeing after', () => {
    const collected = recordCollectors('mine.csv', true);
    const good = (copyCorpus() as unknown as Json).events as Json[];
    collected.events.add(good[0]);
    collected.events.add({ ...(good[0] as Json), id: 'x', title: '' });
    collected.events.accept({ ...(good[1] as Json) } as never);
    expect([...collected.events.seen]).toEqual([good[0]?.id, 'x', good[1]?.id]);
    collected.events.add({ ...(good[0] as Json), id: 'y' });
    expect(collected.events.seen.has('y')).toBe(true);
    expect(collected.events.indexes).toEqual([0, 2, 3]);
    expect(collected.events.repeated).toBe(false);
  });
});
