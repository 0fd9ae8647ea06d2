import { describe, expect, it } from 'vitest';
import {
  aggregateAreas,
  aggregatePoints,
  arcLatLngs,
  buildSpotIndex,
  clusterAtZoom,
  countVisibleRelations,
  dominantTopic,
  positionsAtPoint,
  positionsInArea,
  prepareAggregation,
  spotInput,
  spotZoom,
  topicMix,
  visibleRelations,
  visibleTopicRanks,
  zoomSpotsIn,
} from '../../../src/core/aggregate';
import { buildCorpusModel } from '../../../src/core/model';
import { syntheticCorpus } from '../../../src/core/synthetic';
import { fixtureModel } from './fixture';

const model = fixtureModel();
const prep = prepareAggregation(model);
const all = Int32Array.from(model.index.events, (_, i) => i);
const pos = (id: string) => prep.positionOf.get(id) as number;
const point = (id: string) => prep.pointIds.indexOf(id);
const topic = (id: string) => prep.topicIds.indexOf(id);
const ids = (positions: readonly number[]) => positions.map((p) => model.index.events[p]?.id);

describe('prepareAggregation', () => {
  it('splits places into points (cities) and areas (boundaries)', () => {
    expect(prep.pointIds).toEqual(['nice', 'paris']);
    expect([...prep.areaIds].sort()).toEqual(['FRA', 'POL', 'RUS-KGD']);
    expect(prep.areaNames[prep.areaIds.indexOf('RUS-KGD')]).toBe('Kaliningrad');
  });

  it('maps each event id to its position (a map made when first read), and nothing else', () => {
    const fresh = prepareAggregation(model);
    const expected = new Map(model.index.events.map((e, i) => [e.id, i]));
    expect(fresh.positionOf.get('no-such-event')).toBeUndefined();
    expect(new Map(fresh.positionOf)).toEqual(expected);
    expect(fresh.positionOf.size).toBe(expected.size);
    const seen: [string, number][] = [];
    fresh.positionOf.forEach((position, id) => {
      seen.push([id, position]);
    });
    expect(seen).toEqual([...expected]);
    // Coordinates of the numbered points, in their order.
    expect([...fresh.pointLat]).toEqual(fresh.pointIds.map((id) => model.places.get(id)?.lat));
  });

  it('anchors each event at its first place', () => {
    expect(prep.anchorLat[pos('threat')]).toBe(54.7);
    expect(prep.anchorLon[pos('summit')]).toBe(7.26);
  });
});

describe('aggregatePoints', () => {
  const points = aggregatePoints(prep, all);

  it('counts several events at one place', () => {
    expect(points.count[point('nice')]).toBe(3);
    expect(points.count[point('paris')]).toBe(2);
    expect([...points.active]).toEqual([point('nice'), point('paris')]);
  });

  it('counts an event naming the same place twice once, as a venue', () => {
    expect(points.venue[point('nice')]).toBe(3);
    expect(points.venue[point('paris')]).toBe(1);
  });

  it('gives the first-topic colour mix and the second topics for the ring', () => {
    expect(topicMix(points.firstTopic, point('nice'), points.topics)).toEqual([
      { topic: topic('diplomacy'), count: 2 },
      { topic: topic('missile-defence'), count: 1 },
    ]);
    expect(dominantTopic(points.firstTopic, point('nice'), points.topics)).toBe(topic('diplomacy'));
    expect(points.multiTopic[point('nice')]).toBe(1);
    expect(dominantTopic(points.secondTopic, point('nice'), points.topics)).toBe(topic('missile-defence'));
    expect(dominantTopic(points.secondTopic, point('paris'), points.topics)).toBe(-1);
  });

  it('counts only the visible positions', () => {
    const some = Int32Array.of(pos('talks'), pos('summit'));
    const visible = aggregatePoints(prep, some);
    expect(visible.count[point('nice')]).toBe(1);
    expect(visible.count[point('paris')]).toBe(1);
    expect(aggregatePoints(prep, new Int32Array(0)).active.length).toBe(0);
  });

  it('lists the visible events at a place in index (date) order', () => {
    const nice = positionsAtPoint(prep, all, point('nice'));
    expect([...nice].sort((a, b) => a - b)).toEqual(nice);
    expect(ids(nice).sort()).toEqual(['freeze', 'lunch', 'summit']);
  });
});

describe('aggregateAreas', () => {
  const areas = aggregateAreas(prep, all);

  it('counts an event with two areas at both', () => {
    expect(areas.byBoundary.get('POL')?.count).toBe(2);
    expect(areas.byBoundary.get('RUS-KGD')?.count).toBe(2);
    expect(areas.byBoundary.get('FRA')?.count).toBe(1);
    expect(areas.maxCount).toBe(2);
  });

  it('names the area and gives its dominant first topic', () => {
    expect(areas.byBoundary.get('RUS-KGD')).toMatchObject({
      name: 'Kaliningrad',
      topic: topic('missile-defence'),
    });
  });

  it('lists the visible events in an area', () => {
    const kgd = prep.areaIds.indexOf('RUS-KGD');
    expect(ids(positionsInArea(prep, all, kgd))).toEqual(['threat', 'freeze']);
    expect(aggregateAreas(prep, Int32Array.of(pos('talks'))).byBoundary.size).toBe(0);
  });
});

describe('visibleRelations', () => {
  it('keeps relations whose target is visible and drawn elsewhere', () => {
    const rels = visibleRelations(prep, all).map((r) => [
      model.index.events[r.from]?.id,
      model.index.events[r.to]?.id,
      r.type,
    ]);
    // freeze → summit is at the same spot (Nice), so it has no arc.
    expect(rels).toEqual([
      ['threat', 'shield', 'response-to'],
      ['freeze', 'threat', 'response-to'],
    ]);
    expect(visibleRelations(prep, Int32Array.of(pos('threat')))).toEqual([]);
  });

  it('stops at the limit with the first relations in position order', () => {
    expect(visibleRelations(prep, all, 1)).toEqual(visibleRelations(prep, all).slice(0, 1));
    expect(visibleRelations(prep, all, 0)).toEqual([]);
  });

  it('counts the relations it would return without a limit', () => {
    expect(countVisibleRelations(prep, all)).toBe(visibleRelations(prep, all).length);
    expect(countVisibleRelations(prep, all)).toBe(2);
    expect(countVisibleRelations(prep, Int32Array.of(pos('threat')))).toBe(0);
  });

  it('samples an arc that starts and ends at the places and bends aside', () => {
    const arc = arcLatLngs([0, 0], [0, 10], 0.2, 10);
    expect(arc).toHaveLength(11);
    expect(arc[0]).toEqual([0, 0]);
    expect(arc[10]?.[0]).toBeCloseTo(0);
    expect(arc[10]?.[1]).toBeCloseTo(10);
    expect(arc[5]?.[0]).toBeCloseTo(1); // half of the control point's offset of 2°
  });
});

describe('spots', () => {
  it('clusters places weighted by their event counts, and splits them when zoomed in', () => {
    const points = aggregatePoints(prep, all);
    const index = buildSpotIndex(prep, points);
    const world = [-180, -85, 180, 85] as const;
    const far = index.query(world, 2);
    expect(far).toEqual([
      expect.objectContaining({ kind: 'cluster', count: 5, places: 2, near: point('nice') }),
    ]);
    const near = index.query(world, 8);
    expect(near.map((s) => (s.kind === 'place' ? [prep.pointIds[s.point], s.count] : null)).sort()).toEqual([
      ['nice', 3],
      ['paris', 2],
    ]);
    // A lone place's spot stands at the place itself.
    const nice = near.find((s) => s.kind === 'place' && prep.pointIds[s.point] === 'nice');
    expect(nice?.lat).toBeCloseTo(43.7, 6);
    expect(nice?.lon).toBeCloseTo(7.26, 6);
  });

  it('clusters one zoom at a time into flat arrays with the same spots here', () => {
    const points = aggregatePoints(prep, all);
    const whole = buildSpotIndex(prep, points);
    const input = spotInput(prep, points);
    const world = [-180, -85, 180, 85] as const;
    for (const zoom of [2, 3, 5, 8, 10]) {
      const spots = clusterAtZoom(input, zoom);
      expect(spots.zoom).toBe(spotZoom(zoom));
      expect(zoomSpotsIn(spots, world), `zoom ${zoom}`).toEqual(whole.query(world, zoom));
    }
    // The cluster of Nice and Paris splits at the zoom the whole index says.
    const far = clusterAtZoom(input, 2);
    expect(far.cluster[0]).toBe(1);
    expect(far.expansion[0]).toBe(whole.expansionZoom(far.clusterId[0] as number, 2));
    // A box that misses both places; one across the antimeridian that holds them.
    expect(zoomSpotsIn(clusterAtZoom(input, 10), [100, -10, 120, 10])).toEqual([]);
    expect(zoomSpotsIn(clusterAtZoom(input, 10), [170, -85, 370, 85])).toHaveLength(2);
  });
});

describe('scale', () => {
  // Speed is measured by `npm run bench`, not here: this checks that every event is counted once.
  it('counts each of 20,000 synthetic events once, at its place or its area', () => {
    const places = [...model.corpus.places];
    const big = buildCorpusModel(syntheticCorpus(places, { events: 20_000, seed: 7, topics: 3 }), 'x');
    const bigPrep = prepareAggregation(big);
    const positions = Int32Array.from(big.index.events, (_, i) => i);
    const points = aggregatePoints(bigPrep, positions);
    const total = points.count.reduce((a, b) => a + b, 0);
    const areas = aggregateAreas(bigPrep, positions);
    const areaTotal = [...areas.byBoundary.values()].reduce((a, s) => a + s.count, 0);
    expect(total + areaTotal).toBe(20_000); // one place per synthetic event
  });
});

describe('colour by the topics shown (issue 14, item 8)', () => {
  // Only missile defence ticked: the events that have it, coloured by it even where it comes second.
  const shown = ['missile-defence'];
  const visible = Int32Array.from(
    model.index.events.flatMap((e, i) => (e.topics.some((t) => shown.includes(t)) ? [i] : [])),
  );
  const ranks = visibleTopicRanks(prep, model.index.events, shown);

  it('takes the first shown topic, not the first topic', () => {
    expect(model.events.get('summit')?.topics).toEqual(['diplomacy', 'missile-defence']);
    expect(ranks.firstTopic[pos('summit')]).toBe(topic('missile-defence'));
    expect(ranks.secondTopic[pos('summit')]).toBe(-1);
    expect(ranks.firstTopic[pos('talks')]).toBe(-1);
  });

  it('paints a spot and an area only in shown topics', () => {
    const points = aggregatePoints(prep, visible, ranks);
    expect(topicMix(points.firstTopic, point('nice'), points.topics)).toEqual([
      { topic: topic('missile-defence'), count: 2 },
    ]);
    // Without the ranks, the summit would paint Nice in diplomacy, a topic the reader hid.
    const byFirst = aggregatePoints(prep, visible);
    expect(topicMix(byFirst.firstTopic, point('nice'), byFirst.topics)).toContainEqual({
      topic: topic('diplomacy'),
      count: 1,
    });
    const areas = aggregateAreas(prep, visible, ranks);
    expect(areas.byBoundary.get('POL')?.topic).toBe(topic('missile-defence'));
  });

  it('keeps the prepared ranks when every topic is shown', () => {
    expect(visibleTopicRanks(prep, model.index.events, null)).toBe(prep);
  });
});
