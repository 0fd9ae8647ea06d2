import { describe, expect, it } from 'vitest';
import { dataExtent } from '../../src/core/data-extent';
import { buildCorpusModel } from '../../src/core/model';
import { loaded, run } from './import/helpers';

/** A GeoJSON file with one event on a long, thin polygon: 10° wide, its centre at 25°E. */
const strip = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [20, 10],
            [30, 10],
            [30, 11],
            [20, 11],
            [20, 10],
          ],
        ],
      },
      properties: { date: '2024-03-01', title: 'Flooding along the strip' },
    },
  ],
});

describe('dataExtent', () => {
  it('frames an own outline whole, not just its centre point', () => {
    const model = buildCorpusModel(loaded(run(strip, 'strip.geojson')).value);
    expect(model.ownAreas.size).toBe(1);
    // PAD (2°) around the polygon's own extent: west 20, east 30, south 10, north 11.
    const framed = [
      [8, 18],
      [13, 32],
    ];
    expect(
      dataExtent({ events: model.corpus.events, places: model.places, ownAreas: model.ownAreas }),
    ).toEqual(framed);
    // The model carries it, worked out once.
    expect(model.extent).toEqual(framed);
  });
});
