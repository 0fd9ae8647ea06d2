// An imported corpus in the model: own outlines are areas (model.ownAreas, aggregated as areas),
// own points are spots, country-level rows are the gazetteer country's area.
import { describe, expect, it } from 'vitest';
import { prepareAggregation } from '../../../src/core/aggregate';
import { buildCorpusModel } from '../../../src/core/model';
import { loaded, run } from './helpers';

const square = [
  [
    [20, 10],
    [21, 10],
    [21, 11],
    [20, 10],
  ],
];
const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square },
      properties: { date: '2024-01-01', name: 'Zone' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [5, 6] },
      properties: { date: '2024-01-02', name: 'Spot' },
    },
  ],
});

describe('an imported corpus in the model', () => {
  it('draws own outlines as areas and own points as spots', () => {
    const r = loaded(run(geojson, 'zones.geojson'));
    const model = buildCorpusModel(r.value);
    const zone = r.value.places.find((p) => p.name === 'Zone');
    expect(zone?.boundary).toBe(`own:${zone?.id}`);
    expect(model.ownAreas.get(`own:${zone?.id}`)?.geometry).toEqual({ type: 'Polygon', coordinates: square });
    const prep = prepareAggregation(model);
    expect(prep.areaIds).toContain(`own:${zone?.id}`);
    expect(prep.pointNames).toContain('Spot');
    expect(prep.pointNames).not.toContain('Zone');
  });

  it('draws a country-level row as the country area of the gazetteer', () => {
    const r = loaded(run('date,country\n2024-01-01,Sudan\n', 'c.csv'));
    const prep = prepareAggregation(buildCorpusModel(r.value));
    expect(prep.areaOffset[1]).toBe(1);
    expect(prep.areaIds[prep.areaList[0] as number]).toBe('SDN');
    expect(prep.pointOffset[1]).toBe(0);
  });
});
