// The corpus version (the `v=` of a link): a hash of the corpus text and the gazetteer's; the lookups by id.
import { describe, expect, it } from 'vitest';
import { contentHash, corpusLookups, keepLookups } from '../../src/core/model';
import { deepFreeze } from '../../src/core/validate';

describe('contentHash', () => {
  it('hashes several texts as if they were one, without joining them', () => {
    const corpus = JSON.stringify({ events: [{ id: 'a', title: 'Nice – Ниццa 🌍' }] });
    const places = '{"places":[]}';
    expect(contentHash(corpus, places)).toBe(contentHash(corpus + places));
    expect(contentHash(corpus, '', places)).toBe(contentHash(corpus + places));
    expect(contentHash(corpus, places)).toMatch(/^[0-9a-z]{8,10}$/);
  });

  it('changes with any character, and with where the texts meet only as the joined text does', () => {
    const text = 'x'.repeat(1000);
    const seen = new Set([contentHash(text)]);
    for (const at of [0, 1, 500, 999]) seen.add(contentHash(`${text.slice(0, at)}y${text.slice(at + 1)}`));
    expect(seen.size).toBe(5);
    expect(contentHash('ab', 'c')).toBe(contentHash('a', 'bc'));
  });
});

describe('corpusLookups', () => {
  const lists = () => ({
    places: [{ id: 'paris', name: 'Paris', kind: 'city', lat: 48.86, lon: 2.35 }],
    topics: [{ id: 't', label: 'T', color: '#000000', description: 'T.' }],
    actors: [{ id: 'a', name: 'A', role: 'r' }],
    sources: [
      { id: 's', outlet: 'Wire', headline: 'H', published: '2008-03-11', dateline: 'paris', language: 'en' },
    ],
  });

  it('files each list by id', () => {
    const corpus = lists();
    const lookups = corpusLookups(corpus as never);
    expect([...lookups.places.keys()]).toEqual(['paris']);
    expect(lookups.sources.get('s')).toBe(corpus.sources[0]);
    expect(lookups.actors.get('a')?.name).toBe('A');
    expect(lookups.topics.has('t')).toBe(true);
  });

  it('makes them once for a frozen corpus, and afresh for one that can still change', () => {
    const frozen = deepFreeze(lists());
    expect(corpusLookups(frozen as never)).toBe(corpusLookups(frozen as never));
    const open = lists();
    const before = corpusLookups(open as never);
    open.actors.push({ id: 'b', name: 'B', role: 'r' });
    const after = corpusLookups(open as never);
    expect(after).not.toBe(before);
    expect(after.actors.has('b')).toBe(true);
  });

  it('makes them once for an unfrozen corpus its holder keeps them for (keepLookups)', () => {
    const kept = lists();
    keepLookups(kept as never);
    const first = corpusLookups(kept as never);
    expect(corpusLookups(kept as never)).toBe(first);
    expect(first.places.get('paris')).toBe(kept.places[0]);
  });
});
