import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { NewsEvent } from '../../src/core/types';
import { compactEvent, compactRecord, interner } from '../../src/load/compact-event';

const places = JSON.parse(readFileSync('geo/places.json', 'utf8')).places;
const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8')) as {
  events: NewsEvent[];
  sources: object[];
  actors: object[];
};

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

  it('keeps places, sources and actors as they were, and shares their empty lists', () => {
    const intern = interner();
    const records: object[] = [...places, ...corpus.sources, ...corpus.actors];
    for (const record of records) expect(compactRecord(structuredClone(record), intern)).toEqual(record);
    const withoutAliases = places.filter((p: { aliases: unknown[] }) => p.aliases.length === 0).slice(0, 2);
    expect(withoutAliases).toHaveLength(2);
    const [a, b] = withoutAliases.map((p: object) => compactRecord(structuredClone(p), intern)) as {
      aliases: unknown;
    }[];
    expect(a?.aliases).toBe(b?.aliases);
  });
});
