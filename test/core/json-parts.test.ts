import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParts, jsonParts, lastItemAt, listSlices } from '../../src/core/json-parts';
import { contentHash, contentHashOf } from '../../src/core/model';

const corpus = {
  sources: [{ id: 's1', outlet: 'Wire "A"' }],
  topics: [],
  actors: [{ id: 'a', name: 'Göttingen – 東京 \u2028 \ud83d\ude00' }],
  places: [],
  events: [
    { id: 'e1', title: 'One', time: { start: '2024-01-31' }, n: [1, null, 2.5] },
    { id: 'e2', title: 'Two\nlines', text: '<b>not markup</b>' },
    { id: 'e3', skipped: undefined, when: new Date(Date.UTC(2024, 0, 2)) },
  ],
};

describe('jsonParts', () => {
  it('joins to exactly JSON.stringify, one piece per event', () => {
    const parts = jsonParts(corpus, 'events');
    expect(parts.join('')).toBe(JSON.stringify(corpus));
    // The head, three events, two commas and the tail.
    expect(parts).toHaveLength(7);
    expect(parts[1]).toBe(JSON.stringify(corpus.events[0]));
  });

  it('writes items JSON cannot write as null, as JSON.stringify does in a list', () => {
    const odd = { events: [undefined, () => 1, { id: 'x' }] };
    expect(jsonParts(odd, 'events').join('')).toBe(JSON.stringify(odd));
  });

  it('handles an empty list, and a list that is not the last key (one piece)', () => {
    const empty = { sources: [], events: [] };
    expect(jsonParts(empty, 'events').join('')).toBe(JSON.stringify(empty));
    const notLast = { events: [{ id: 'e' }], places: [] };
    expect(jsonParts(notLast, 'events')).toEqual([JSON.stringify(notLast)]);
  });

  it('hashes to the version of the joined text', () => {
    const parts = jsonParts(corpus, 'events');
    expect(contentHashOf([...parts, 'places'])).toBe(contentHash(`${JSON.stringify(corpus)}places`));
    expect(contentHashOf(parts)).not.toBe(contentHash(JSON.stringify({ ...corpus, events: [] })));
  });
});

describe('listSlices, and a first list written from its items', () => {
  it('slices read back to the list, in pieces of at most `size` items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), n: fc.option(fc.integer()) }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (list, size) => {
          const slices = listSlices(list, size);
          expect(slices).toHaveLength(Math.ceil(list.length / size));
          for (const slice of slices)
            expect((JSON.parse(slice) as unknown[]).length).toBeLessThanOrEqual(size);
          expect(slices.flatMap((slice) => JSON.parse(slice) as unknown[])).toEqual(
            JSON.parse(JSON.stringify(list)),
          );
        },
      ),
    );
  });

  it('splices the first list into the head: the same text, not written twice', () => {
    const two = { ...corpus, sources: [...corpus.sources, { id: 's2', outlet: 'B' }] };
    const items = two.sources.map((s) => JSON.stringify(s));
    const parts = jsonParts(two, 'events', { key: 'sources', items });
    expect(parts.join('')).toBe(JSON.stringify(two));
    // Written from the items: an item that says something else shows in the text.
    const other = jsonParts(two, 'events', { key: 'sources', items: ['{"id":"other"}'] });
    expect(other.join('')).toBe(JSON.stringify({ ...two, sources: [{ id: 'other' }] }));
    const none = jsonParts({ ...corpus, sources: [] }, 'events', { key: 'sources', items: [] });
    expect(none.join('')).toBe(JSON.stringify({ ...corpus, sources: [] }));
  });

  it('keeps the first list’s items as pieces of their own, and says where the last list’s items are', () => {
    const two = { ...corpus, sources: [...corpus.sources, { id: 's2', outlet: 'B' }] };
    const items = two.sources.map((s) => JSON.stringify(s));
    const parts = jsonParts(two, 'events', { key: 'sources', items });
    // The very strings given, not copies joined into one head.
    expect(parts.filter((p) => items.includes(p))).toEqual(items);
    expect(parts.some((p) => p.length > 1 && p.includes(items[0] as string) && p !== items[0])).toBe(false);
    const n = two.events.length;
    two.events.forEach((e, i) => {
      expect(parts[lastItemAt(parts, n, i)]).toBe(JSON.stringify(e));
    });
    expect(lastItemAt(parts, 0, 0)).toBe(-1);
    expect(lastItemAt([JSON.stringify(two)], n, 0)).toBe(-1);
  });

  it('writes the head itself when the key is not the first', () => {
    const parts = jsonParts(corpus, 'events', { key: 'actors', items: ['{"id":"other"}'] });
    expect(parts.join('')).toBe(JSON.stringify(corpus));
  });
});

describe('joinParts', () => {
  it('joins pieces into strings of at most max characters that join to the same text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 16 }),
        (parts, max) => {
          const joined = joinParts(parts, max);
          expect(joined.join('')).toBe(parts.join(''));
          for (const piece of joined) expect(piece.length).toBeGreaterThan(0);
          for (const piece of joined) expect(piece.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('keeps pieces whole when they fit, and packs them greedily', () => {
    expect(joinParts(['ab', 'cd', 'e', 'fghij', 'k'], 5)).toEqual(['abcde', 'fghij', 'k']);
    // A piece longer than max is cut, after what came before it is written.
    expect(joinParts(['a', 'bcdefgh'], 3)).toEqual(['a', 'bcd', 'efg', 'h']);
    expect(joinParts([], 5)).toEqual([]);
  });

  it('writes a corpus of many events in few pieces', () => {
    const parts = jsonParts({ events: Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}` })) }, 'events');
    const joined = joinParts(parts, 4096);
    expect(joined.join('')).toBe(parts.join(''));
    expect(joined.length).toBe(Math.ceil(parts.join('').length / 4096));
  });
});
