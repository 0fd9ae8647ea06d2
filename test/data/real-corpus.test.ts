// The shipped corpus and gazetteer through the production validator: zero problems, and the events
// the seed articles report are all there, with the places, dates and sources they support.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventInterval, parseIsoDay } from '../../src/core/dates';
import { decodeBoundaries } from '../../src/core/geo';
import type { NewsEvent } from '../../src/core/types';
import { validateCorpus } from '../../src/core/validate';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const boundaries = decodeBoundaries(read('geo/boundaries.topo.json')).value;
const { value: corpus, problems } = validateCorpus({
  corpus: { file: 'data/corpus.json', json: read('data/corpus.json') },
  places: { file: 'geo/places.json', json: read('geo/places.json') },
  boundaryIds: new Set(boundaries.byId.keys()),
});

function find(predicate: (e: NewsEvent) => boolean, what: string): NewsEvent {
  const found = corpus.events.filter(predicate);
  expect(found.length, what).toBeGreaterThanOrEqual(1);
  return found[0] as NewsEvent;
}
const at = (e: NewsEvent, place: string) => e.places.some((p) => p.place === place);
const on = (e: NewsEvent, day: string) => eventInterval(e.time)?.start === parseIsoDay(day);

describe('data/corpus.json with geo/places.json', () => {
  it('loads with zero problems', () => {
    expect(problems).toEqual([]);
    expect(corpus.sources.map((s) => s.outlet).sort()).toEqual(['RT', 'Reuters', 'The New York Times']);
  });

  it('holds the events the articles report, with their places, dates and precision', () => {
    const nice = find(
      (e) => at(e, 'nice') && on(e, '2008-11-14') && e.places.some((p) => p.role === 'venue'),
      'the Nice summit',
    );
    expect(nice.sources.length, 'the Nice summit is one event with both outlets').toBe(2);
    find((e) => at(e, 'paris') && on(e, '2008-03-11'), 'the Paris security council');
    const threat = find((e) => at(e, 'kaliningrad') && e.status === 'threatened', 'the Kaliningrad threat');
    const shield = find(
      (e) => at(e, 'poland') && at(e, 'czech-republic') && e.topics.includes('missile-defence'),
      'the US shield',
    );
    expect(threat.related).toContainEqual({ event: shield.id, type: 'response-to' });
    const war = find(
      (e) => at(e, 'georgia') && e.time.start === '2008-08' && e.topics.includes('armed-conflict'),
      'the Georgia war',
    );
    expect(war.time.precision).toBe('month');
    find((e) => at(e, 'georgia') && /cease-?fire/i.test(e.title), 'the cease-fire');
    find((e) => at(e, 'abkhazia') && at(e, 'south-ossetia'), 'troops in the two enclaves');
    find((e) => at(e, 'kosovo'), 'the Kosovo dispute');
    find((e) => at(e, 'washington') && /G20/.test(e.title), 'the G20 in Washington');
    find((e) => at(e, 'bucharest') && /NATO/.test(e.title), 'the Bucharest NATO summit');
    const osce = find(
      (e) =>
        e.status === 'proposed' && e.time.precision === 'approximate' && /security summit/i.test(e.title),
      'the proposed OSCE summit',
    );
    expect(osce.time.start.startsWith('2009')).toBe(true);
    find((e) => on(e, '2008-11-10') && /partnership/i.test(e.title), 'the EU relaunch of partnership talks');
    find((e) => /CFE/.test(e.title), "Russia's CFE withdrawal");
    find((e) => at(e, 'iran') && /nuclear/i.test(e.title), "Iran's nuclear programme");
  });

  it('names every actor and attributes each short quote to a speaker and outlet', () => {
    const names = corpus.actors.map((a) => a.name);
    for (const name of ['Sarkozy', 'Medvedev', 'Obama', 'Vondra', 'Lavrov', 'Serdyukov', 'Kouchner']) {
      expect(
        names.some((n) => n.includes(name)),
        name,
      ).toBe(true);
    }
    const quotes = corpus.events.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(q.text.split(/\s+/).length, q.text).toBeLessThanOrEqual(40);
  });
});
