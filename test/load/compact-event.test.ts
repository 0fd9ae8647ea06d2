import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../src/core/types';
import { compactRecord, interner } from '../../src/load/compact-event';

const places = JSON.parse(readFileSync('geo/places.json', 'utf8')).places;
const corpus = JSON.parse(readFileSync('data/corpus.json', 'utf8')) as {
  events: NewsEvent[];
  sources: object[];
  actors: object[];
};

describe('compactRecord', () => {
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
