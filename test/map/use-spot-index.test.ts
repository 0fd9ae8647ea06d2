import { describe, expect, it } from 'vitest';
import {
  aggregatePoints,
  buildSpotIndex,
  clusterAtZoom,
  prepareAggregation,
  type SpotIndex,
  type SpotInput,
  spotInput,
  type ZoomSpots,
} from '../../src/core/aggregate';
import { SpotStore } from '../../src/map/use-spot-index';
import { fixtureModel } from '../core/aggregate/fixture';

const model = fixtureModel();
const prep = prepareAggregation(model);
const points = aggregatePoints(
  prep,
  Int32Array.from(model.index.events, (_, i) => i),
);
const world = [-180, -85, 180, 85] as const;

/** The real clustering, answered when the test says (as a worker would, later). */
function deferred() {
  const asked: { zoom: number; answer: () => void }[] = [];
  const cluster = (input: SpotInput, zoom: number) =>
    new Promise<ZoomSpots>((resolve) =>
      asked.push({ zoom, answer: () => resolve(clusterAtZoom(input, zoom)) }),
    );
  return { asked, cluster };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SpotStore (spots of a large set, one zoom at a time)', () => {
  it('shows the last spots until a zoom arrives, asks for each zoom once, then shows that zoom', async () => {
    const shown: SpotIndex = { query: () => [], expansionZoom: () => 99 };
    const { asked, cluster } = deferred();
    const ready: SpotIndex[] = [];
    const store = new SpotStore(spotInput(prep, points), cluster, shown, (index) => ready.push(index));
    const index = store.index();
    expect(index.query(world, 2)).toEqual([]);
    expect(index.query(world, 2.2)).toEqual([]);
    expect(asked.map((a) => a.zoom)).toEqual([2]);
    asked[0]?.answer();
    await settle();
    expect(ready).toHaveLength(1);
    const whole = buildSpotIndex(prep, points);
    const [spot] = ready[0]?.query(world, 2) ?? [];
    expect(ready[0]?.query(world, 2)).toEqual(whole.query(world, 2));
    expect(spot?.kind).toBe('cluster');
    if (spot?.kind === 'cluster')
      expect(ready[0]?.expansionZoom(spot.clusterId, 2)).toBe(whole.expansionZoom(spot.clusterId, 2));
    // Another zoom: asked for, and meanwhile the spots shown before this store.
    expect(ready[0]?.query(world, 10)).toEqual([]);
    expect(asked.map((a) => a.zoom)).toEqual([2, 9]);
  });

  it('drops an answer that comes after the visible set changed', async () => {
    const { asked, cluster } = deferred();
    const ready: SpotIndex[] = [];
    const store = new SpotStore(spotInput(prep, points), cluster, buildSpotIndex(prep, points), (index) =>
      ready.push(index),
    );
    store.index().query(world, 4);
    store.dispose();
    asked[0]?.answer();
    await settle();
    expect(ready).toEqual([]);
  });
});
