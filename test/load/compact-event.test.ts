import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { NewsEvent } from '../../src/core/types';
import { compactEvent, interner } from '../../src/load/compact-event';

const places = JSON.parse(readFileSync('geo/places.json', 'utf8')).places;
const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8')) as { events: NewsEvent[] };

describe('compactEvent', () => {
  it('keeps every event as it was: the same values, from the bundled corpus and a synthetic one', () => {
    const events = [...corpus.events, ...syntheticCorpus(places, { events: 200, seed: 3, topics: 4 }).events];
    const intern = interner();
    for (const event of events) {
      const received = structuredClone(event);
      expect(compactEvent(received, intern)).toEqual(event);
    }
  });

  // (That a string is one shared copy cannot be seen from JavaScript: equal strings are equal.)
  it('shares one empty list among all events', () => {
    const [a, b] = syntheticCorpus(places, { events: 2, seed: 5, topics: 2 }).events.map((e) =>
      compactEvent(structuredClone(e), interner()),
    );
    expect(a?.quotes).toHaveLength(0);
    expect(a?.quotes).toBe(b?.quotes);
    expect(a?.related).toBe(b?.related);
    expect(Object.isFrozen(a?.quotes)).toBe(true);
  });
});
