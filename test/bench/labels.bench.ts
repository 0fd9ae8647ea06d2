// Seeded benchmark of the map labels at 100,000 events over the real gazetteer (seed 42): the label
// sources after a filter change, and one layout of the default view (1280×800 around Europe), which is
// what a map move costs. Run: npm run bench.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import {
  aggregateAreas,
  aggregatePoints,
  buildSpotIndex,
  prepareAggregation,
} from '../../src/core/aggregate';
import { decodeBoundaries } from '../../src/core/geo';
import {
  buildBaseLabels,
  eventLabelSources,
  layoutLabels,
  mercatorX,
  mercatorY,
  readCityPopulation,
} from '../../src/core/labels';
import { buildCorpusModel } from '../../src/core/model';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { Place } from '../../src/core/types';

const read = (name: string) => JSON.parse(readFileSync(`geo/${name}`, 'utf8'));
const places = (read('places.json') as { places: Place[] }).places;
const boundaries = decodeBoundaries(read('boundaries.topo.json')).value;
const population = readCityPopulation(read('city-population.json')).value;
const model = buildCorpusModel(syntheticCorpus(places, { events: 100_000, seed: 42 }));
const prep = prepareAggregation(model);
const all = Int32Array.from(model.index.events, (_, i) => i);
const points = aggregatePoints(prep, all);
const areas = aggregateAreas(prep, all);
const spots = buildSpotIndex(prep, points);
const base = buildBaseLabels(places, boundaries.byId, population);
const events = eventLabelSources(prep, points, areas, base.spans);

const ZOOM = 4.25;
const scale = 2 ** ZOOM;
const [cx, cy] = [mercatorX(19.5) * scale, mercatorY(49) * scale];
const project = (lat: number, lon: number) => ({
  x: mercatorX(lon) * scale - cx + 640,
  y: mercatorY(lat) * scale - cy + 400,
});

describe('map labels, 100,000 events', () => {
  bench('eventLabelSources (after a filter change)', () => {
    eventLabelSources(prep, points, areas, base.spans);
  });
  bench('spot query + layoutLabels (one map move, default view)', () => {
    const drawn = spots.query([-27, 29, 66, 64], ZOOM).map((s) => ({
      lat: s.lat,
      lon: s.lon,
      radius: s.kind === 'cluster' ? 20 : 8,
      key: s.kind === 'place' ? `point:${prep.pointIds[s.point]}` : null,
    }));
    layoutLabels({
      base,
      events,
      zoom: ZOOM,
      width: 1280,
      height: 800,
      spots: drawn,
      project,
      measure: (text) => text.length * 7,
      lineHeight: () => 15,
    });
  });
});
