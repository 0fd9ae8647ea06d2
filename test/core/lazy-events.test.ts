import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIdTable, joinTexts } from '../../src/core/event-texts';
import {
  EventTexts,
  KEPT_PARSED,
  LazyEventMap,
  LazyPositionMap,
  lazyEventList,
} from '../../src/core/lazy-events';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { NewsEvent } from '../../src/core/types';

const places = JSON.parse(readFileSync('geo/places.json', 'utf8')).places;
const bundled = JSON.parse(readFileSync('data/corpus.json', 'utf8')).events as NewsEvent[];

/** The events as the corpus worker sends them: text chunks of `per` events, then the id table. */
function received(events: readonly NewsEvent[], per: number): EventTexts {
  const texts = new EventTexts();
  for (let at = 0; at < events.length; at += per)
    texts.add(joinTexts(events.slice(at, at + per).map((e) => JSON.stringify(e))));
  texts.index(buildIdTable(events.map((e) => e.id)));
  return texts;
}

const events = [...bundled, ...syntheticCorpus(places, { events: 300, seed: 11, topics: 5 }).events];

describe('lazyEventList', () => {
  it('is the events, by position, read from their text', () => {
    const list = lazyEventList(received(events, 64));
    expect(list).toHaveLength(events.length);
    expect(Array.isArray(list)).toBe(true);
    events.forEach((e, p) => {
      expect(list[p]).toEqual(e);
    });
    expect(list[events.length]).toBeUndefined();
    expect(list[-1]).toBeUndefined();
  });

  it('works as a list: slice, map, for…of, spread, JSON', () => {
    const list = lazyEventList(received(events, 50));
    expect(list.slice(3, 9)).toEqual(events.slice(3, 9));
    expect(list.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect([...list]).toEqual(events);
    expect(JSON.parse(JSON.stringify(list))).toEqual(events);
    expect(list.flatMap((e) => (e.status === 'planned' ? [e.id] : []))).toEqual(
      events.filter((e) => e.status === 'planned').map((e) => e.id),
    );
    expect(Object.keys(list.slice(0, 3))).toEqual(['0', '1', '2']);
  });

  it('is read-only, and each event frozen', () => {
    const list = lazyEventList(received(events, 100)) as NewsEvent[];
    expect(() => {
      list[0] = events[1] as NewsEvent;
    }).toThrow(TypeError);
    expect(() => list.push(events[0] as NewsEvent)).toThrow(TypeError);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.places)).toBe(true);
  });

  it('gives the same object while an event stays in use, and reads it again once dropped', () => {
    const many = syntheticCorpus(places, { events: KEPT_PARSED + 10, seed: 2, topics: 3 }).events;
    const list = lazyEventList(received(many, 1000));
    const first = list[0];
    expect(list[0]).toBe(first);
    for (let p = 1; p <= KEPT_PARSED; p++) void list[p];
    // Event 0 was the least recently used: dropped, and read again as an equal, new object.
    expect(list[0]).not.toBe(first);
    expect(list[0]).toEqual(first);
    // The most recently used ones are still kept.
    expect(list[KEPT_PARSED]).toBe(list[KEPT_PARSED]);
  });
});

describe('LazyEventMap and LazyPositionMap', () => {
  it('find each event and its position by id, and nothing else', () => {
    const texts = received(events, 70);
    const byId = new LazyEventMap(texts);
    const positionOf = new LazyPositionMap(texts);
    expect(byId.size).toBe(events.length);
    events.forEach((e, p) => {
      expect(byId.get(e.id)).toEqual(e);
      expect(byId.has(e.id)).toBe(true);
      expect(positionOf.get(e.id)).toBe(p);
    });
    expect(byId.get('no-such-event')).toBeUndefined();
    expect(byId.has('no-such-event')).toBe(false);
    expect(positionOf.get('no-such-event')).toBeUndefined();
    expect([...byId.keys()]).toEqual(events.map((e) => e.id));
    expect(new Map(byId)).toEqual(new Map(events.map((e) => [e.id, e])));
    expect(new Map(positionOf)).toEqual(new Map(events.map((e, p) => [e.id, p])));
  });

  it('find nothing before the id table is in', () => {
    const texts = new EventTexts();
    texts.add(joinTexts(events.slice(0, 3).map((e) => JSON.stringify(e))));
    expect(new LazyEventMap(texts).get(events[0]?.id as string)).toBeUndefined();
    expect(lazyEventList(texts)[2]).toEqual(events[2]);
  });
});

describe('texts that come after the id table', () => {
  it('count every event from the table, give undefined for those not in yet, and settle once all are', async () => {
    const texts = new EventTexts();
    texts.index(buildIdTable(events.map((e) => e.id)));
    const list = lazyEventList(texts);
    const byId = new LazyEventMap(texts);
    const seen: number[] = [];
    const stop = texts.subscribe(() => seen.push(texts.received));
    let settled = false;
    void texts.complete.then(() => {
      settled = true;
    });
    expect(list).toHaveLength(events.length);
    expect(texts.isComplete).toBe(false);
    expect(list[0]).toBeUndefined();
    const last = events.at(-1) as NewsEvent;
    // Found by id (the table is in), but not read until its text is.
    expect(byId.has(last.id)).toBe(true);
    expect(byId.get(last.id)).toBeUndefined();
    expect(texts.idAt(events.length - 1)).toBe(last.id);
    texts.add(joinTexts(events.slice(0, 100).map((e) => JSON.stringify(e))));
    expect(list[99]).toEqual(events[99]);
    expect(list[100]).toBeUndefined();
    await Promise.resolve();
    expect(settled).toBe(false);
    texts.add(joinTexts(events.slice(100).map((e) => JSON.stringify(e))));
    expect(texts.isComplete).toBe(true);
    await texts.complete;
    expect(settled).toBe(true);
    expect(byId.get(last.id)).toEqual(last);
    expect([...list]).toEqual(events);
    expect(seen).toEqual([100, events.length]);
    stop();
    texts.add(joinTexts([]));
    expect(seen).toHaveLength(2);
  });

  it('of an empty list are complete as soon as the table is in', async () => {
    const texts = new EventTexts();
    expect(texts.isComplete).toBe(false);
    texts.index(buildIdTable([]));
    expect(texts.isComplete).toBe(true);
    await texts.complete;
  });
});

describe('a lazy list among frozen values', () => {
  it('is left as it is by deepFreeze and by the index, without reading its events', async () => {
    const { deepFreeze } = await import('../../src/core/validate');
    const texts = received(events, 100);
    const list = lazyEventList(texts);
    const corpus = deepFreeze({ events: list });
    expect(corpus.events).toBe(list);
    expect(Object.isFrozen(corpus)).toBe(true);
    expect(list[0]).toEqual(events[0]);
  });
});
