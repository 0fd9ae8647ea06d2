// Outlet numbers: one per slugified outlet name, whichever way a source writes it, named by the first
// source that brings it; each event counts each of its outlets once.
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/core/index/event-index';
import type { Source } from '../../../src/core/types';
import { EVENTS } from '../aggregate/fixture';

const source = (id: string, outlet: string): Source => ({
  id,
  outlet,
  headline: id,
  published: '2008-11-14',
  dateline: 'paris',
  language: 'en',
});

describe('outlet numbering', () => {
  it('numbers "Reuters", "reuters" and "REUTERS " as one outlet, named as first written', () => {
    const sources = [
      source('s1', 'Reuters'),
      source('s2', 'Agence France-Presse'),
      source('s3', 'reuters'),
      source('s4', 'REUTERS '),
      source('s5', 'Agence France-Presse'),
    ];
    const events = EVENTS.slice(0, 3).map((e, i) => ({
      ...e,
      sources: [
        ['s1', 's2'],
        ['s3', 's4'],
        ['s5', 's3'],
      ][i] as string[],
    }));
    const index = buildEventIndex(events, {
      topics: [],
      actors: new Map(),
      sources: new Map(sources.map((s) => [s.id, s])),
      places: new Map(),
    });
    expect(index.outletIds).toEqual(['reuters', 'agence-france-presse']);
    expect(index.outletNames).toEqual(['Reuters', 'Agence France-Presse']);
    const offsets = index.outletOffsets();
    const outletsOf = (id: string) => {
      const p = index.events.findIndex((e) => e.id === id);
      const list = [];
      for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k++)
        list.push(index.outletIds[index.outletList[k] as number]);
      return list.sort();
    };
    expect(outletsOf(events[0]?.id as string)).toEqual(['agence-france-presse', 'reuters']);
    expect(outletsOf(events[1]?.id as string)).toEqual(['reuters']);
    expect(outletsOf(events[2]?.id as string)).toEqual(['agence-france-presse', 'reuters']);
  });
});
