import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../src/core/json-parts';
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
