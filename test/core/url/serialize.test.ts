import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, mapPrecision, roundMapView, serializeViewState } from '../../../src/core/url';

describe('serializeViewState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toEqual({ search: '', hash: '' });
  });

  it('writes keys in a fixed order with sorted lists', () => {
    const { search } = serializeViewState({
      embed: true,
      play: 'cumulative',
      layers: ['tiles', 'points'],
      event: 'e1',
      q: 'gas, prices & more',
      outlets: ['the-guardian', 'reuters'],
      outletMatch: 'all',
      actors: ['putin', 'merkel', 'putin'],
      topics: ['war', 'energy'],
      to: '2008-12-31',
      from: '2008-01-01',
      v: 'abc',
      map: null,
    });
    expect(search).toBe(
      '?v=abc&from=2008-01-01&to=2008-12-31&topics=energy,war&actors=merkel,putin&outlets=reuters,the-guardian' +
        '&outletmatch=all&q=gas,%20prices%20%26%20more&event=e1&layers=points,tiles&play=cumulative&embed=1',
    );
  });

  it('leaves the default outlet match (any) out and writes the others', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, outletMatch: 'any' }).search).toBe('');
    expect(
      serializeViewState({ ...DEFAULT_VIEW_STATE, outlets: ['reuters'], outletMatch: 'only' }).search,
    ).toBe('?outlets=reuters&outletmatch=only');
  });

  it('writes topics= for no topics, and layers= for no overlays', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, topics: [], layers: [] }).search).toBe(
      '?topics=&layers=',
    );
  });

  it('leaves the default layers out in any order', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, layers: ['labels', 'areas', 'points'] }).search).toBe(
      '',
    );
  });

  it('writes the layers when place names are switched off (labels is a default layer)', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, layers: ['areas', 'points'] }).search).toBe(
      '?layers=points,areas',
    );
  });

  it('writes the opt-in layer of all arcs (relations), which is not a default', () => {
    expect(
      serializeViewState({ ...DEFAULT_VIEW_STATE, layers: ['relations', 'labels', 'points', 'areas'] })
        .search,
    ).toBe('?layers=points,areas,relations,labels');
  });

  it('encodes characters that would change the meaning of the query', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, q: 'a+b=c&d#e?f%' }).search).toBe(
      '?q=a%2Bb%3Dc%26d%23e%3Ff%25',
    );
  });

  it('does not throw on a lone surrogate', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, q: 'a\uD800b' }).search).toBe('?q=a%EF%BF%BDb');
  });

  it('writes the map as OSM does, rounded to what the zoom can show', () => {
    const hash = (zoom: number, lat: number, lng: number) =>
      serializeViewState({ ...DEFAULT_VIEW_STATE, map: { zoom, lat, lng } }).hash;
    expect(hash(5, 51.50512, -0.09)).toBe('#map=5/51.505/-0.090');
    expect(hash(1, 51.5, -0.4)).toBe('#map=1/52/0');
    expect(hash(0, 10.4, 20.6)).toBe('#map=0/10/21');
    expect(hash(17, 1.123456, 2.123456)).toBe('#map=17/1.12346/2.12346');
    expect(hash(12.3456, 1, 2)).toBe('#map=12.35/1.0000/2.0000');
  });
});

describe('mapPrecision', () => {
  it('follows openstreetmap.org (ceil of log2 of the zoom)', () => {
    const table = Array.from({ length: 20 }, (_, zoom) => mapPrecision(zoom));
    expect(table).toEqual([0, 0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5]);
    expect(mapPrecision(0.5)).toBe(0);
    expect(mapPrecision(Number.NaN)).toBe(0);
  });
});

describe('roundMapView', () => {
  it('rounds zoom to 2 decimals and coordinates to the zoom precision', () => {
    expect(roundMapView({ zoom: 3.567, lat: 12.3456, lng: -0.004 })).toEqual({
      zoom: 3.57,
      lat: 12.35,
      lng: 0,
    });
  });

  it('never returns -0', () => {
    expect(Object.is(roundMapView({ zoom: -0, lat: -0.1, lng: -0 }).lat, 0)).toBe(true);
  });
});
