// The corpus version (the `v=` of a link): a hash of the corpus text and the gazetteer's.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/model';

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
