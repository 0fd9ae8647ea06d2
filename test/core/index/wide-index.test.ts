// The index stores counts, lists and topic masks in 8, 16 or 32 bits depending on the value range;
// the property test's small vocabularies only reach the 8-bit forms, so the wider ones are here.
import { describe, expect, it } from 'vitest';
import { buildEventIndex, type IndexContext } from '../../../src/core/index/event-index';
import { ALL_EVENTS, queryEvents, queryFacets } from '../../../src/core/index/query';
import type { NewsEvent, Source } from '../../../src/core/types';

function eventOf(i: number, actors: readonly string[], sources: readonly string[], start: string): NewsEvent {
  return {
    id: `e${i}`,
    title: `Event ${i}`,
    summary: '',
    time: { precision: 'day', start },
    status: 'occurred',
    places: [],
    actors,
    topics: [],
    quotes: [],
    sources,
    related: [],
  } as NewsEvent;
}

function contextOf(sources: readonly Source[]): IndexContext {
  return {
    topics: [],
    actors: new Map(),
    sources: new Map(sources.map((s) => [s.id, s])),
    places: new Map(),
  };
}

const source = (i: number): Source => ({
  id: `s${i}`,
  outlet: `Outlet ${i}`,
  headline: 'H',
  published: '2001-01-01',
  dateline: 'paris',
  language: 'en',
});

describe('wide value ranges', () => {
  it('handles more than 65,536 actors, 300 actors on one event and 300 outlets', () => {
    const sources = Array.from({ length: 300 }, (_, i) => source(i));
    const events: NewsEvent[] = [];
    // 700 events × 100 new actors each: 70,000 actor numbers, past 16 bits.
    for (let i = 0; i < 700; i++) {
      const actors = Array.from({ length: 100 }, (_, k) => `a${i * 100 + k}`);
      events.push(eventOf(i, actors, [`s${i % 300}`], `2001-01-${String((i % 28) + 1).padStart(2, '0')}`));
    }
    // One event with 300 actors (count past 8 bits) and every outlet.
    const many = Array.from({ length: 300 }, (_, k) => `a${k * 233}`);
    events.push(
      eventOf(
        700,
        many,
        sources.map((s) => s.id),
        '2000-06-15',
      ),
    );
    const index = buildEventIndex(events, contextOf(sources));
    expect(index.actorList).toBeInstanceOf(Int32Array);
    expect(index.actorCount).toBeInstanceOf(Uint16Array);
    expect(index.outletList).toBeInstanceOf(Uint16Array);
    expect(index.outletCount).toBeInstanceOf(Uint16Array);

    const last = queryEvents(index, { ...ALL_EVENTS, actors: ['a69999'] });
    expect([...last].map((p) => index.events[p]?.id)).toEqual(['e699']);
    const shared = queryEvents(index, { ...ALL_EVENTS, actors: ['a69667'] }); // e696 and the big one
    expect([...shared].map((p) => index.events[p]?.id).sort()).toEqual(['e696', 'e700']);
    const outlet = queryEvents(index, { ...ALL_EVENTS, outlets: ['outlet-299'] });
    expect([...outlet].map((p) => index.events[p]?.id).sort()).toEqual(['e299', 'e599', 'e700']);
    const facets = queryFacets(index, { ...ALL_EVENTS, outlets: ['outlet-299'] });
    expect(facets.actors.get('a69667')).toBe(1);
    expect(facets.actors.get('a29999')).toBe(1);
    expect(facets.outlets.get('outlet-0')).toBe(4); // e0, e300, e600, e700: the outlet facet ignores the outlet filter
  });
});
