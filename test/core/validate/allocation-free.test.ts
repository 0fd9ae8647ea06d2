// The record readers and checks an import runs 100k times were rewritten to make nothing they do not
// keep (no entry arrays, no closures, no copies of a good event). What they return must not change:
// own "__proto__" keys, the property limit, the shared empty lists, and every unresolved reference.
import { describe, expect, it } from 'vitest';
import { splitList } from '../../../src/core/import/columns';
import { keep } from '../../../src/core/import/presets/shared';
import type { NewsEvent, Problem } from '../../../src/core/types';
import { readCollection } from '../../../src/core/validate/collect';
import { MAX_PROPERTIES, readProperties } from '../../../src/core/validate/own';
import { RecordReader } from '../../../src/core/validate/reader';
import { readEvent, readSource } from '../../../src/core/validate/records';
import { type KnownIds, resolveEvent } from '../../../src/core/validate/references';

const reader = () => new RecordReader('f.json', 'e1', {});

describe('readProperties', () => {
  it('keeps a "__proto__" key as a plain own key, in order, and leaves the prototype alone', () => {
    const raw = JSON.parse('{"b": 1, "__proto__": "x", "a": null, "2": true}');
    const out = readProperties(reader(), raw) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['2', 'b', '__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('x');
    expect(out).toEqual(Object.fromEntries(Object.entries(raw)));
  });

  it('drops bad values and keeps at most MAX_PROPERTIES, reporting the rest', () => {
    const raw: Record<string, unknown> = { bad: { nested: 1 } };
    for (let i = 0; i < MAX_PROPERTIES + 3; i++) raw[`k${i}`] = i;
    const r = reader();
    const out = readProperties(r, raw) as Record<string, unknown>;
    expect(Object.keys(out)).toHaveLength(MAX_PROPERTIES);
    expect(out.bad).toBeUndefined();
    expect(r.dropped.map((p) => p.field)).toEqual([
      'properties.bad',
      `properties.k${MAX_PROPERTIES}`,
      `properties.k${MAX_PROPERTIES + 1}`,
      `properties.k${MAX_PROPERTIES + 2}`,
    ]);
  });
});

describe('the import helpers', () => {
  it('splitList splits on ";", trims and drops empty items, with or without a ";"', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList('   ')).toEqual([]);
    expect(splitList(' Reuters ')).toEqual(['Reuters']);
    expect(splitList('Reuters; AFP;; ;BBC ')).toEqual(['Reuters', 'AFP', 'BBC']);
    const a = splitList('x');
    a.push('y');
    expect(splitList('x')).toEqual(['x']);
  });

  it('keep makes a property table of the non-empty cells, numbers as numbers', () => {
    const headers = ['a', 'b', 'c', 'd'];
    const get = (cells: readonly string[], name: string) => cells[headers.indexOf(name)] ?? '';
    expect(keep(['1', '', '-2.5', 'x1'], get, headers)).toEqual({ a: 1, c: -2.5, d: 'x1' });
    expect(keep(['1e3', '007', '', ''], get, ['a', 'b'])).toEqual({ a: '1e3', b: 7 });
  });
});

describe('resolveEvent', () => {
  const event = (over: Partial<Record<keyof NewsEvent, unknown>> = {}): NewsEvent => {
    const r = reader();
    const e = readEvent(r, {
      id: 'e1',
      title: 'T',
      summary: 'S',
      time: { start: '2008-08-08', precision: 'day' },
      status: 'occurred',
      places: [{ place: 'tbilisi', role: 'venue' }],
      actors: ['russia'],
      topics: ['war'],
      quotes: [{ text: 'Hello', speaker: 'russia', source: 's1' }],
      sources: ['s1'],
      related: [{ event: 'e0', type: 'follow-up-of' }],
      ...over,
    });
    if (!e) throw new Error(JSON.stringify(r.problems));
    return e;
  };
  const known: KnownIds = {
    placeIds: new Set(['tbilisi']),
    topicIds: new Set(['war']),
    sourceIds: new Set(['s1', 's2']),
    actorIds: new Set(['russia']),
    events: new Set(['e0', 'e1']),
  };

  it('returns an event whose every reference resolves as it is, with no problem', () => {
    const e = event();
    const out = resolveEvent(e, known, 'geo/places.json');
    expect(out.value).toBe(e);
    expect(out.problems).toEqual([]);
  });

  it('reports each reference that does not resolve, and leaves it out', () => {
    const cases: [Partial<Record<keyof NewsEvent, unknown>>, string][] = [
      [{ actors: ['russia', 'nobody'] }, 'actors[1]'],
      [{ topics: ['war', 'peace'] }, 'topics[1]'],
      [{ sources: ['s1', 's9'] }, 'sources[1]'],
      [{ quotes: [{ text: 'Hi', speaker: 'nobody', source: 's1' }] }, 'quotes[0].speaker'],
      // A known source that is not one of the event's own.
      [{ quotes: [{ text: 'Hi', speaker: 'russia', source: 's2' }] }, 'quotes[0].source'],
      [{ related: [{ event: 'e9', type: 'follow-up-of' }] }, 'related[0].event'],
      [{ related: [{ event: 'e1', type: 'follow-up-of' }] }, 'related[0].event'],
      [{ places: [{ place: 'nowhere', role: 'venue' }] }, 'places[0].place'],
    ];
    for (const [over, field] of cases) {
      const out = resolveEvent(event(over), known, 'geo/places.json');
      expect(out.problems.map((p) => p.field)).toContain(field);
    }
    // Without a place that resolves the event is not loaded; with one bad actor it is, without it.
    expect(
      resolveEvent(event({ places: [{ place: 'nowhere', role: 'venue' }] }), known, 'g').value,
    ).toBeUndefined();
    expect(resolveEvent(event({ actors: ['russia', 'nobody'] }), known, 'g').value?.actors).toEqual([
      'russia',
    ]);
  });

  it('reads empty quotes and relations as one shared frozen list, which JSON writes as []', () => {
    const a = event({ quotes: [], related: [] });
    const b = event({ quotes: [], related: undefined });
    expect(a.quotes).toBe(b.related);
    expect(Object.isFrozen(a.quotes)).toBe(true);
    expect(JSON.parse(JSON.stringify(a)).quotes).toEqual([]);
  });
});

describe('readCollection without a set of ids', () => {
  const source = (id: string) => ({
    id,
    outlet: 'Wire',
    headline: 'A headline',
    published: '2024-01-31',
    dateline: 'paris',
    language: 'en',
  });
  const read = (list: unknown[]) => {
    const problems: Problem[] = [];
    const { records } = readCollection(
      { file: 'f.json', json: { sources: list } },
      'sources',
      readSource,
      problems,
    );
    return { ids: records.map((r) => r.id), problems };
  };

  it('keeps every record when no label repeats', () => {
    expect(read([source('a'), source('b'), source('c')])).toEqual({ ids: ['a', 'b', 'c'], problems: [] });
  });

  it('still refuses every record of a repeated id', () => {
    const { ids, problems } = read([source('a'), source('b'), source('a')]);
    expect(ids).toEqual(['b']);
    expect(problems.map((p) => p.record)).toEqual(['a (#0)', 'a (#2)']);
  });

  it('reads a label shared by an id and a record without one as no repeated id', () => {
    // "#1" is the label of the record at position 1, which has no id: the labels repeat, no good id does
    // (an id cannot hold "#", so the first record is refused for its id, not as a duplicate).
    const { ids, problems } = read([source('#1'), { outlet: 'Wire' }, source('z'), source('y')]);
    expect(ids).toEqual(['z', 'y']);
    expect(problems.some((p) => p.field === 'id' && p.message.includes('unique'))).toBe(false);
  });
});
