// CorpusInput.referencesMade: an import's records name only its own records and gazetteer places, so
// while nothing has been refused the validator does not look each reference up. As soon as anything is
// refused, changed, or an event names related events, it checks every reference as before: the result
// must then be exactly what it is without the promise.
import { describe, expect, it } from 'vitest';
import { CorpusBuilder } from '../../../src/core/import/builder';
import type { Draft } from '../../../src/core/import/draft';
import type { Place } from '../../../src/core/types';
import { recordCollectors } from '../../../src/core/validate/collect';
import { validateCorpus } from '../../../src/core/validate/corpus';
import { copyCorpus, miniPlaces } from '../../fixtures/mini-corpus';

type Json = Record<string, unknown>;

/** The corpus's places, sources and events fed through collectors, validated with and without the promise. */
function both(corpus: Json, boundaryIds?: ReadonlySet<string>) {
  const run = (referencesMade: boolean) => {
    const collected = recordCollectors('mine.csv', true);
    for (const p of (corpus.places ?? []) as unknown[]) collected.places.add(p);
    for (const s of corpus.sources as unknown[]) collected.sources.add(s);
    for (const e of corpus.events as unknown[]) collected.events.add(e);
    return validateCorpus({
      corpus: { file: 'mine.csv', json: { ...corpus, places: [], sources: [], events: [] } },
      places: { file: 'geo/places.json', json: miniPlaces },
      collected,
      referencesMade,
      ...(boundaryIds ? { boundaryIds } : {}),
    });
  };
  return { trusted: run(true), checked: run(false) };
}

/** The mini corpus without relations between its events. */
function unrelated(): Json {
  const corpus = copyCorpus() as unknown as Json;
  for (const e of corpus.events as Json[]) e.related = [];
  return corpus;
}

describe('validateCorpus with referencesMade', () => {
  it('takes the references as made while nothing is refused (a dangling one is not looked up)', () => {
    const corpus = unrelated();
    const events = corpus.events as Json[];
    events.push({ ...(events[0] as Json), id: 'stray', places: [{ place: 'atlantis', role: 'venue' }] });
    const { trusted, checked } = both(corpus);
    // The promise is what skips the look-ups: here it is broken, and only the check notices.
    expect(trusted.problems).toEqual([]);
    expect(trusted.value.events.map((e) => e.id)).toContain('stray');
    expect(checked.value.events.map((e) => e.id)).not.toContain('stray');
    expect(checked.problems.map((p) => [p.record, p.field])).toEqual([
      ['stray', 'places[0].place'],
      ['stray', 'places'],
    ]);
  });

  it('checks every reference, as without it, once anything is refused, dropped or related', () => {
    const cases: [string, (c: Json) => void, ReadonlySet<string>?][] = [
      [
        'a refused own place',
        (c) => {
          c.places = [{ id: 'own-bad', name: 'Bad', aliases: [], kind: 'city', lat: 95, lon: 20 }];
          const events = c.events as Json[];
          events.push({
            ...(events[0] as Json),
            id: 'at-bad',
            places: [{ place: 'own-bad', role: 'venue' }],
          });
        },
      ],
      [
        'a refused source',
        (c) => {
          const sources = c.sources as Json[];
          sources.push({ ...(sources[0] as Json), id: 'no-date', published: '2008-02-30' });
          const events = c.events as Json[];
          events.push({ ...(events[0] as Json), id: 'cites', sources: ['no-date'] });
        },
      ],
      [
        'a dropped link',
        (c) => {
          const sources = c.sources as Json[];
          sources.push({ ...(sources[0] as Json), id: 'bad-link', url: 'javascript:alert(1)' });
          const events = c.events as Json[];
          events.push({ ...(events[0] as Json), id: 'cites-link', sources: ['bad-link'] });
        },
      ],
      [
        'a relation to an unknown event',
        (c) => {
          const events = c.events as Json[];
          (events[0] as Json).related = [{ event: 'nowhere', type: 'follow-up-of' }];
        },
      ],
      ['a gazetteer place without its boundary', () => {}, new Set(['FRA', 'RUS', 'CZE'])],
    ];
    for (const [name, breakIt, boundaryIds] of cases) {
      const corpus = unrelated();
      breakIt(corpus);
      const { trusted, checked } = both(corpus, boundaryIds);
      expect(checked.problems.length, name).toBeGreaterThan(0);
      expect(trusted.problems, name).toEqual(checked.problems);
      expect(trusted.value, name).toEqual(checked.value);
    }
  });
});

describe('CorpusBuilder.referencesMade', () => {
  const gazetteer = new Map(miniPlaces.places.map((p) => [p.id, p as unknown as Place]));
  const draft = (placeId: string): Draft => ({
    title: 'A',
    time: { start: '2024-01-31', precision: 'day' },
    locations: [{ kind: 'gazetteer', id: placeId, role: 'venue' }],
    topics: ['Protests'],
    actors: [],
    sources: [],
  });

  it('holds while every gazetteer place it cites is in its gazetteer', () => {
    const builder = new CorpusBuilder(gazetteer, 'ACLED', 'ACLED actor', 'a.csv');
    builder.add(draft('nice'), 'e1', 2);
    expect(builder.referencesMade).toBe(true);
    builder.add(draft('atlantis'), 'e2', 3);
    expect(builder.referencesMade).toBe(false);
  });

  it('finds each event’s file row, also for events added after the first look-up', () => {
    const builder = new CorpusBuilder(gazetteer, 'ACLED', 'ACLED actor', 'a.csv');
    builder.add(draft('nice'), 'e1', 2);
    builder.add(draft('nice'), 'e2', 5);
    expect(builder.rowOf('e2')).toBe(5);
    builder.add(draft('nice'), 'e3', 9);
    expect([builder.rowOf('e1'), builder.rowOf('e3'), builder.rowOf('nope')]).toEqual([2, 9, 0]);
  });
});
