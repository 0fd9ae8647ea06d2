// Label sources from the real geo/ files and from the aggregation of a tiny corpus, and the zoom at
// which the real Kaliningrad and Kosovo get their names (Web Mercator, as Leaflet draws them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateAreas, aggregatePoints, prepareAggregation } from '../../../src/core/aggregate';
import { decodeBoundaries } from '../../../src/core/geo';
import {
  buildBaseLabels,
  cityMinZoom,
  eventLabelSources,
  layoutLabels,
  mercatorX,
  mercatorY,
  readCityPopulation,
} from '../../../src/core/labels';
import { buildCorpusModel } from '../../../src/core/model';
import type { NewsEvent, Place } from '../../../src/core/types';
import { fixtureModel } from '../aggregate/fixture';

const GEO = join(import.meta.dirname, '..', '..', '..', 'geo');
const read = (name: string) => JSON.parse(readFileSync(join(GEO, name), 'utf8'));
const boundaries = decodeBoundaries(read('boundaries.topo.json')).value;
const places = (read('places.json') as { places: Place[] }).places;
const population = readCityPopulation(read('city-population.json')).value;
const base = buildBaseLabels(places, boundaries.byId, population);

describe('buildBaseLabels (geo/)', () => {
  it('names an area after the gazetteer place that owns it: "Kaliningrad", not "Kaliningrad Oblast"', () => {
    const kaliningrad = base.areas.find((a) => a.key === 'area:RUS-KGD');
    expect(kaliningrad?.text).toBe('Kaliningrad');
    expect(kaliningrad?.tier).toBe('country');
    expect(base.areas.find((a) => a.key === 'area:XKX')).toMatchObject({ text: 'Kosovo', tier: 'disputed' });
  });

  it('orders areas by how large they look on the map (Russia first, Kosovo after Serbia)', () => {
    const keys = base.areas.map((a) => a.key);
    expect(keys[0]).toBe('area:RUS');
    expect(keys.indexOf('area:SRB')).toBeLessThan(keys.indexOf('area:XKX'));
    expect(keys.indexOf('area:POL')).toBeLessThan(keys.indexOf('area:RUS-KGD'));
  });

  it('orders cities by population, the largest shown from zoom 4, small ones only from zoom 7', () => {
    const people = base.cities.map((c) => population.get(c.key.slice('point:'.length)) ?? -1);
    expect(people).toEqual([...people].sort((a, b) => b - a));
    expect(base.cities.find((c) => c.key === 'point:moscow')?.minZoom).toBe(4);
    expect(cityMinZoom(1_500_000)).toBe(5);
    expect(cityMinZoom(300_000)).toBe(6);
    expect(cityMinZoom(0)).toBe(7);
  });

  it('leaves cities without a population out', () => {
    const none = buildBaseLabels(places, boundaries.byId, new Map());
    expect(none.cities).toEqual([]);
    expect(none.areas.length).toBe(base.areas.length);
  });
});

/** Labels of a 1280×800 map centred on (lat, lon) at `zoom`, text 7 px per character. */
function labelsAt(lat: number, lon: number, zoom: number): string[] {
  const scale = 2 ** zoom;
  const cx = mercatorX(lon) * scale;
  const cy = mercatorY(lat) * scale;
  return layoutLabels({
    base,
    events: [],
    zoom,
    width: 1280,
    height: 800,
    spots: [],
    project: (la, lo) => ({ x: mercatorX(lo) * scale - cx + 640, y: mercatorY(la) * scale - cy + 400 }),
    measure: (text) => text.length * 7,
    lineHeight: () => 15,
  }).map((l) => l.text);
}

describe('zoom ranges on the real boundaries', () => {
  it('names Kaliningrad zoomed in (#map=6/54.71/20.45), not from afar', () => {
    expect(labelsAt(54.71, 20.45, 6)).toContain('Kaliningrad');
    expect(labelsAt(54.71, 20.45, 3)).not.toContain('Kaliningrad');
  });

  it('names Kosovo zoomed in (#map=7/42.6/20.9), not at the default zoom of Europe', () => {
    expect(labelsAt(42.6, 20.9, 7)).toContain('Kosovo');
    expect(labelsAt(47, 19, 4)).not.toContain('Kosovo');
    expect(labelsAt(47, 19, 4)).toContain('Ukraine');
  });
});

describe('eventLabelSources', () => {
  const model = fixtureModel();
  const prep = prepareAggregation(model);
  const all = Int32Array.from(model.index.events, (_, i) => i);

  it('lists every place of the shown events, most events first, with their counts', () => {
    const sources = eventLabelSources(prep, aggregatePoints(prep, all), aggregateAreas(prep, all), new Map());
    expect(sources.map((s) => [s.key, s.text, s.count])).toEqual([
      ['point:nice', 'Nice', 3],
      ['area:RUS-KGD', 'Kaliningrad', 2],
      ['point:paris', 'Paris', 2],
      ['area:POL', 'Poland', 2],
      ['area:FRA', 'France', 1],
    ]);
    expect(sources.every((s) => s.tier === 'event')).toBe(true);
    expect(sources.find((s) => s.key === 'point:nice')?.point).toBe(true);
  });

  it('with the spots drawn in view, lists only those point places (and every area), in the same order', () => {
    const pts = aggregatePoints(prep, all);
    const ars = aggregateAreas(prep, all);
    const full = eventLabelSources(prep, pts, ars, new Map());
    const paris = prep.pointIds.indexOf('paris');
    const only = eventLabelSources(prep, pts, ars, new Map(), new Set([paris]));
    expect(only.map((s) => s.key)).toEqual(
      full.filter((s) => !s.point || s.key === 'point:paris').map((s) => s.key),
    );
    expect(only.map((s) => s.key)).not.toContain('point:nice');
  });

  it('follows the filter: only the places of the events shown', () => {
    const talks = Int32Array.of(prep.positionOf.get('talks') as number);
    const sources = eventLabelSources(
      prep,
      aggregatePoints(prep, talks),
      aggregateAreas(prep, talks),
      new Map(),
    );
    expect(sources.map((s) => s.text)).toEqual(['Paris']);
  });

  it('gives an area the span of its outline', () => {
    const spans = new Map([['POL', [3, 2] as const]]);
    const sources = eventLabelSources(prep, aggregatePoints(prep, all), aggregateAreas(prep, all), spans);
    expect(sources.find((s) => s.key === 'area:POL')).toMatchObject({ spanX: 3, spanY: 2 });
  });
});

describe('a dataset’s own places', () => {
  it('labels an own point and an own outline like any place of an event, the outline with its span', () => {
    const square = [
      [
        [30, 10],
        [32, 10],
        [32, 12],
        [30, 12],
        [30, 10],
      ],
    ];
    const own: Place[] = [
      { id: 'camp', name: 'Camp Alpha', aliases: [], kind: 'site', lat: 11, lon: 31 },
      {
        id: 'field',
        name: 'North Field',
        aliases: [],
        kind: 'region',
        lat: 11,
        lon: 31,
        boundary: 'own:field',
        geometry: { type: 'Polygon', coordinates: square },
      },
    ];
    const event: NewsEvent = {
      id: 'e1',
      title: 'e1',
      summary: '',
      time: { start: '2024-01-01', precision: 'day' },
      status: 'occurred',
      places: [
        { place: 'camp', role: 'venue' },
        { place: 'field', role: 'subject' },
      ],
      actors: [],
      topics: ['t'],
      quotes: [],
      sources: [],
      related: [],
    };
    const model = buildCorpusModel({
      sources: [],
      topics: [{ id: 't', label: 'T', color: '#332288', description: '' }],
      actors: [],
      places: own,
      events: [event],
    });
    const prep = prepareAggregation(model);
    const shown = Int32Array.of(0);
    const ownBase = buildBaseLabels(model.corpus.places, model.ownAreas, new Map());
    expect(ownBase.areas).toEqual([]);
    const sources = eventLabelSources(
      prep,
      aggregatePoints(prep, shown),
      aggregateAreas(prep, shown),
      ownBase.spans,
    );
    expect(sources.map((x) => [x.key, x.text])).toEqual([
      ['point:camp', 'Camp Alpha'],
      ['area:own:field', 'North Field'],
    ]);
    expect(sources[1]?.spanX).toBeCloseTo(mercatorX(32) - mercatorX(30));
  });
});
