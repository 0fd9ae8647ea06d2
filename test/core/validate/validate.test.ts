import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/types';
import { validateCorpus } from '../../../src/core/validate';
import { copyCorpus, copyPlaces, miniCorpus, miniPlaces } from '../../fixtures/mini-corpus';

type Mutable = Record<string, unknown>;

function run(corpus: unknown = miniCorpus, places: unknown = miniPlaces, boundaryIds?: Set<string>) {
  return validateCorpus({
    corpus: { file: 'data/corpus.json', json: corpus },
    places: { file: 'geo/places.json', json: places },
    ...(boundaryIds ? { boundaryIds } : {}),
  });
}

/** Breaks the first event with `mutate` and returns the single problem and the surviving events. */
function breakEvent(mutate: (event: Mutable) => void): { problem: Problem; ids: string[] } {
  const corpus = copyCorpus();
  mutate(corpus.events[1] as unknown as Mutable);
  const { value, problems } = run(corpus);
  expect(problems).toHaveLength(1);
  return { problem: problems[0] as Problem, ids: value.events.map((e) => e.id) };
}

describe('validateCorpus', () => {
  it('accepts the valid fixture with no problems and freezes it', () => {
    const { value, problems } = run();
    expect(problems).toEqual([]);
    expect(value.events.map((e) => e.id)).toEqual(['summit', 'threat']);
    expect(value.places).toHaveLength(5);
    expect(Object.isFrozen(value.events[0])).toBe(true);
    expect(Object.isFrozen(value.events[0]?.places)).toBe(true);
  });

  it('names file, record, field and what was expected, and keeps the good records', () => {
    const { problem, ids } = breakEvent((e) => {
      e.time = { start: '2008-02-30', precision: 'day' };
    });
    expect(problem).toEqual({
      file: 'data/corpus.json',
      record: 'threat',
      field: 'time.start',
      message: 'expected a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD), got "2008-02-30"',
    });
    // The summit's relation to the rejected event is dropped, the summit itself loads.
    expect(ids).toEqual(['summit']);
  });

  const cases: [string, (e: Mutable) => void, string, RegExp][] = [
    ['missing field', (e) => delete e.title, 'title', /expected a non-empty string, got nothing/],
    ['wrong type', (e) => (e.summary = 42), 'summary', /expected a non-empty string, got 42/],
    [
      'unknown enum',
      (e) => (e.status = 'rumoured'),
      'status',
      /expected one of occurred, announced, threatened, planned, proposed, got "rumoured"/,
    ],
    [
      'bad place role',
      (e) => (e.places = [{ place: 'nice', role: 'host' }]),
      'places[0].role',
      /expected one of venue, subject, target, origin/,
    ],
    [
      'precision mismatch',
      (e) => (e.time = { start: '2008-11-14', precision: 'month' }),
      'time.start',
      /expected a month \(YYYY-MM\) to match precision "month"/,
    ],
    [
      'interval out of order',
      (e) => (e.time = { start: '2008-11', end: '2008-10', precision: 'month' }),
      'time.end',
      /on or after the start/,
    ],
    [
      'unknown precision',
      (e) => (e.time = { start: '2008', precision: 'decade' }),
      'time.precision',
      /expected one of day, month, year, approximate/,
    ],
    ['empty sources', (e) => (e.sources = []), 'sources', /at least one entry/],
    [
      'unknown relation type',
      (e) => (e.related = [{ event: 'summit', type: 'likes' }]),
      'related[0].type',
      /expected one of response-to/,
    ],
    ['unknown field', (e) => (e.sumary = 'typo'), 'sumary', /unknown field/],
  ];
  it.each(cases)('reports %s', (_name, mutate, field, message) => {
    const { problem, ids } = breakEvent(mutate);
    expect(problem.record).toBe('threat');
    expect(problem.field).toBe(field);
    expect(problem.message).toMatch(message);
    expect(ids).toEqual(['summit']);
  });

  // A reference that does not resolve is left out and reported; the event keeps loading unless it is
  // left with no place, topic or source (then a second problem says so).
  const refCases: [string, (e: Mutable) => void, string, RegExp][] = [
    [
      'unknown place',
      (e) => (e.places = [{ place: 'atlantis', role: 'subject' }]),
      'places[0].place',
      /expected a place id from geo\/places.json, got "atlantis"/,
    ],
    ['unknown actor', (e) => (e.actors = ['nobody']), 'actors[0]', /expected an actor id, got "nobody"/],
    ['unknown topic', (e) => (e.topics = ['gossip']), 'topics[0]', /expected a topic id, got "gossip"/],
    [
      'unknown source',
      (e) => (e.sources = ['rumour-mill']),
      'sources[0]',
      /expected a source id, got "rumour-mill"/,
    ],
    [
      'quote from a source the event lacks',
      (e) => (e.quotes = [{ text: 'x', speaker: 'leader-b', source: 'paper-2' }]),
      'quotes[0].source',
      /expected one of this event's sources \(wire-1\)/,
    ],
    [
      'quote by an unknown speaker',
      (e) => (e.quotes = [{ text: 'x', speaker: 'ghost', source: 'wire-1' }]),
      'quotes[0].speaker',
      /expected an actor id, got "ghost"/,
    ],
    [
      'unknown related event',
      (e) => (e.related = [{ event: 'nope', type: 'response-to' }]),
      'related[0].event',
      /expected an event id, got "nope"/,
    ],
  ];
  it.each(refCases)('reports %s and leaves the reference out', (_name, mutate, field, message) => {
    const corpus = copyCorpus();
    mutate(corpus.events[1] as unknown as Mutable);
    const { value, problems } = run(corpus);
    expect(problems[0]).toMatchObject({ record: 'threat', field });
    expect(problems[0]?.message).toMatch(message);
    const required = /^(places|topics|sources)\[/.test(field);
    if (required) {
      expect(problems[1]).toMatchObject({ record: 'threat', field: field.replace(/\[.*$/, '') });
      expect(value.events.map((e) => e.id)).toEqual(['summit']);
    } else {
      expect(problems).toHaveLength(1);
      const threat = value.events.find((e) => e.id === 'threat');
      expect(threat).toBeDefined();
      expect(JSON.stringify(threat)).not.toMatch(/nobody|ghost|nope|paper-2/);
    }
  });

  it('one bad source url drops the url, not the events citing the source', () => {
    const corpus = copyCorpus();
    (corpus.sources[0] as Mutable).url = 'not a url';
    const { value, problems } = run(corpus);
    expect(problems).toEqual([
      {
        file: 'data/corpus.json',
        record: 'wire-1',
        field: 'url',
        message: 'expected an http(s) URL, got "not a url"; field ignored',
      },
    ]);
    expect(value.events.map((e) => e.id)).toEqual(['summit', 'threat']);
    expect(value.sources.find((s) => s.id === 'wire-1')?.url).toBeUndefined();
  });

  it('keeps an event that cites one unknown source among good ones', () => {
    const corpus = copyCorpus();
    (corpus.events[0] as unknown as Mutable).sources = ['wire-1', 'gone', 'paper-2'];
    const { value, problems } = run(corpus);
    expect(problems.map((p) => `${p.record} ${p.field}`)).toEqual(['summit sources[1]']);
    expect(value.events.find((e) => e.id === 'summit')?.sources).toEqual(['wire-1', 'paper-2']);
  });

  it('duplicate ids are an error naming both records, and neither is trusted', () => {
    const corpus = copyCorpus();
    corpus.events.push({
      ...structuredClone(corpus.events[1] as (typeof corpus.events)[number]),
      title: 'Second copy',
    });
    const { value, problems } = run(corpus);
    expect(problems).toEqual([
      {
        file: 'data/corpus.json',
        record: 'threat (#1)',
        field: 'id',
        message: 'expected a unique id; "threat" is also used by events #2, so none of them is loaded',
      },
      {
        file: 'data/corpus.json',
        record: 'threat (#2)',
        field: 'id',
        message: 'expected a unique id; "threat" is also used by events #1, so none of them is loaded',
      },
    ]);
    expect(value.events.map((e) => e.id)).toEqual(['summit']);
  });

  it('an impostor place placed earlier under a duplicate id moves no event', () => {
    const places = copyPlaces();
    places.places.unshift({
      id: 'nice',
      name: 'Impostor',
      aliases: [],
      kind: 'city',
      lat: 0,
      lon: 0,
    } as never);
    const { value, problems } = run(miniCorpus, places);
    expect(problems.filter((p) => p.field === 'id').map((p) => p.record)).toEqual(['nice (#0)', 'nice (#4)']);
    expect(value.places.some((p) => p.id === 'nice')).toBe(false);
    expect(value.places.some((p) => p.lat === 0 && p.lon === 0)).toBe(false);
    // The summit is only at Nice: with Nice untrusted it is reported, never drawn at 0,0.
    expect(value.events.map((e) => e.id)).not.toContain('summit');
  });

  it('names a record without an id by its index', () => {
    const corpus = copyCorpus() as unknown as { events: unknown[] };
    corpus.events.push('not an object', { title: 'no id' });
    const { problems } = run(corpus);
    expect(problems[0]).toMatchObject({
      record: '#2',
      field: '(record)',
      message: 'expected an object, got "not an object"',
    });
    expect(problems.some((p) => p.record === '#3' && p.field === 'id')).toBe(true);
  });

  it('checks topics, sources, actors and places', () => {
    const corpus = copyCorpus();
    (corpus.topics[0] as Mutable).color = 'blue';
    (corpus.sources[1] as Mutable).url = 'javascript:alert(1)';
    (corpus.actors[0] as Mutable).country = 'nice';
    const places = copyPlaces();
    (places.places[3] as Mutable).lat = 123;
    const { problems } = run(corpus, places);
    const where = problems.map((p) => `${p.file} ${p.record} ${p.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'data/corpus.json diplomacy color',
        'data/corpus.json paper-2 url',
        'data/corpus.json leader-a country',
        'geo/places.json nice lat',
      ]),
    );
    expect(problems.find((p) => p.field === 'lat')?.message).toBe(
      'expected a number from -90 to 90, got 123',
    );
  });

  it('checks place boundaries against geo/ when the boundary ids are given', () => {
    const { problems } = run(miniCorpus, miniPlaces, new Set(['FRA', 'RUS', 'CZE']));
    expect(problems).toEqual([
      {
        file: 'geo/places.json',
        record: 'kaliningrad',
        field: 'boundary',
        message: 'expected a boundary id in geo/boundaries.topo.json, got "RUS-KGD"',
      },
      // The event set there now points at a place that did not load, so it is reported too.
      {
        file: 'data/corpus.json',
        record: 'threat',
        field: 'places[0].place',
        message: 'expected a place id from geo/places.json, got "kaliningrad"',
      },
      {
        file: 'data/corpus.json',
        record: 'threat',
        field: 'places',
        message: 'no entry left that resolves, so the event is not loaded',
      },
    ]);
  });

  it('survives a file that is not a corpus at all', () => {
    const { value, problems } = run('garbage', null);
    expect(value.events).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['(root)', 'events', 'places']));
  });
});
