import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import {
  buildIdTable,
  eventTextOf,
  findId,
  idHash,
  joinTexts,
  latin1Json,
  textAt,
} from '../../src/core/event-texts';
import { jsonParts } from '../../src/core/json-parts';

describe('joinTexts', () => {
  it('gives back each text as it was, whatever its characters', () => {
    const texts = ['', 'plain', 'Göttingen', '北京', 'emoji 🛰️ here', 'line\u2028sep', '"quoted" \\ back', ''];
    const chunk = joinTexts(texts);
    expect(texts.map((_, k) => textAt(chunk, k))).toEqual(texts);
    expect(chunk.text).toBe(texts.join(''));
  });

  it('makes an empty chunk of no texts', () => {
    const chunk = joinTexts([]);
    expect(chunk.ends).toHaveLength(0);
    expect(chunk.text).toBe('');
  });
});

describe('id table', () => {
  it('finds every id at its position and nothing that is not there', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `évent-${i}` : `e${i}`));
    const table = buildIdTable(ids);
    ids.forEach((id, p) => {
      expect(findId(table, id)).toBe(p);
    });
    for (const absent of ['', 'e5000', 'évent-1', 'E1', 'e1 ']) expect(findId(table, absent)).toBe(-1);
  });

  it('keeps ids whose hashes collide apart', () => {
    // Ids that land in the same slot of a 16-slot table: found by probing past each other.
    const same = Array.from({ length: 2000 }, (_, i) => `id${i}`).filter((id) => (idHash(id) & 15) === 3);
    const ids = same.slice(0, 6);
    expect(ids).toHaveLength(6);
    const table = buildIdTable(ids);
    expect(table.slots).toHaveLength(16);
    ids.forEach((id, p) => {
      expect(findId(table, id)).toBe(p);
    });
    expect(findId(table, same[6] as string)).toBe(-1);
  });

  it('answers -1 in an empty table', () => {
    expect(findId(buildIdTable([]), 'any')).toBe(-1);
  });
});

describe('latin1Json', () => {
  it('writes JSON in Latin-1 that reads back as the same value', () => {
    const values = [
      { title: 'Göttingen – “quoted”', place: '北京', emoji: 'ok 🛰️', sep: 'a\u2028b\u2029c', n: 3 },
      { plain: 'nothing to escape', list: [1, 'two', null] },
      'é',
      '\\u00e9 is not é',
    ];
    for (const value of values) {
      const text = latin1Json(value);
      expect(text).not.toMatch(/[\u0100-\uffff]/);
      expect(JSON.parse(text)).toEqual(value);
    }
    expect(latin1Json({ plain: 'x', latin: 'Göttingen' })).toBe(
      JSON.stringify({ plain: 'x', latin: 'Göttingen' }),
    );
  });
});

describe('a chunk of Latin-1 JSON', () => {
  it('is held one byte a character, even when its events had wider characters', () => {
    const events = Array.from({ length: 200 }, (_, i) => ({
      id: `e${i}`,
      title: i % 3 ? 'Paris' : 'Göttingen 北京 🛰️',
    }));
    const chunk = joinTexts(events.map(latin1Json));
    // V8 writes a string as it holds it: one byte a character, or two.
    expect(serialize(chunk.text).length).toBeLessThan(chunk.text.length * 1.1);
    expect(events.map((_, k) => JSON.parse(textAt(chunk, k)))).toEqual(events);
  });
});

describe('eventTextOf', () => {
  const events = [
    { id: 'a', title: 'Göttingen' },
    { id: 'b', title: 'Paris' },
    { id: 'c', title: '北京' },
  ];

  it("reads an import's event texts from the pieces its corpus was kept as", () => {
    const parts = jsonParts({ sources: [], events }, 'events');
    const textOf = eventTextOf(events, parts);
    for (const e of events) expect(textOf(e)).toBe(JSON.stringify(e));
    // The pieces themselves, not texts made again.
    const marked = parts.map((p, i) => (i === 3 ? '{"id":"b","title":"from the pieces"}' : p));
    expect(JSON.parse(eventTextOf(events, marked)(events[1] as (typeof events)[number]))).toEqual({
      id: 'b',
      title: 'from the pieces',
    });
  });

  it('finds them past a head written in pieces (the sources as their own texts)', () => {
    const sources = [{ id: 's' }, { id: 't' }];
    const items = sources.map((s) => JSON.stringify(s));
    const parts = jsonParts({ sources, events }, 'events', { key: 'sources', items });
    const textOf = eventTextOf(events, parts);
    for (const e of events) expect(textOf(e)).toBe(JSON.stringify(e));
  });

  it('makes the texts itself without pieces, or when the pieces are not one per event', () => {
    for (const parts of [undefined, [JSON.stringify({ events })], ['{"events":[', ']}']]) {
      const textOf = eventTextOf(events, parts);
      for (const e of events) expect(JSON.parse(textOf(e))).toEqual(e);
    }
    expect(eventTextOf(events)(events[2] as (typeof events)[number])).toBe(latin1Json(events[2]));
  });
});
