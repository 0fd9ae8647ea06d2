// The worker's answers (src/core/view-query.ts) equal what the page computed before with the pure
// functions, on generated corpora and queries, also after a trip through structured clone with the
// answer's buffers transferred, as the worker posts them.
import { describe, expect, it } from 'vitest';
import {
  aggregateAreas,
  aggregatePoints,
  prepareAggregation,
  visibleTopicRanks,
} from '../../src/core/aggregate';
import { type EventQuery, facetsFromCounts, queryEvents, queryFacets } from '../../src/core/index/query';
import { buildCorpusModel } from '../../src/core/model';
import { seededRandom, syntheticCorpus } from '../../src/core/synthetic';
import { type BinUnit, buildHistogram, findFutureMarkers } from '../../src/core/timeline';
import {
  answerBuffers,
  answerHistogram,
  answerView,
  type ViewRequest,
  viewQueryContext,
} from '../../src/core/view-query';
import { fixtureModel } from './aggregate/fixture';

const places = [...fixtureModel().corpus.places];
const model = buildCorpusModel(syntheticCorpus(places, { events: 800, seed: 11, topics: 5 }), 'x');
const prep = prepareAggregation(model);
const { index } = model;

/** A random query over the model's own ids and date range (seeded, so a failure repeats). */
function randomRequest(random: () => number): ViewRequest {
  const some = (ids: readonly string[], chance: number) => ids.filter(() => random() < chance);
  const span = index.maxDay - index.minDay;
  const a = index.minDay + Math.floor(random() * span);
  const b = a + Math.floor(random() * span * 0.3);
  const topics = random() < 0.3 ? null : some(index.topicIds, 0.5);
  const query: EventQuery = {
    from: random() < 0.3 ? null : a,
    to: random() < 0.3 ? null : b,
    topics,
    actors: random() < 0.7 ? [] : some(index.actorIds, 0.05),
    outlets: random() < 0.6 ? [] : some(index.outletIds, 0.4),
    outletMatch: (['any', 'all', 'only'] as const)[Math.floor(random() * 3)] ?? 'any',
    text: random() < 0.8 ? '' : (model.index.events[Math.floor(random() * 100)]?.title.split(' ')[0] ?? ''),
  };
  return { query, topics, points: random() < 0.8, areas: random() < 0.8 };
}

/** What a structured clone with the answer's buffers transferred gives the page (as postMessage does). */
function posted<T extends object>(answer: T): T {
  return structuredClone(answer, { transfer: answerBuffers(answer as never) });
}

describe('answerView', () => {
  it('equals the page-side query, facets and aggregates for 30 random views, after posting', () => {
    const random = seededRandom(5);
    const ctx = viewQueryContext(model, prep);
    let nonEmpty = 0;
    for (let run = 0; run < 30; run++) {
      const request = randomRequest(random);
      const { query } = request;
      const answer = posted(answerView(ctx, request));
      const positions = queryEvents(index, query);
      const ranks = visibleTopicRanks(prep, index.events, request.topics);
      const none = new Int32Array(0);
      expect(answer.positions).toEqual(positions);
      expect(answer.undated).toEqual(queryEvents(index, { ...query, from: null, to: null }));
      expect(facetsFromCounts(index, answer.facets)).toEqual(queryFacets(index, query));
      expect(answer.points).toEqual(aggregatePoints(prep, request.points ? positions : none, ranks));
      expect(answer.areas).toEqual(aggregateAreas(prep, request.areas ? positions : none, ranks));
      if (positions.length > 0) nonEmpty++;
    }
    // The generated views are not all empty (or the comparison would say little).
    expect(nonEmpty).toBeGreaterThan(10);
  });
});

describe('answerHistogram', () => {
  it('equals buildHistogram and findFutureMarkers over the undated set, after the view was posted', () => {
    const random = seededRandom(9);
    const ctx = viewQueryContext(model, prep);
    const units: BinUnit[] = ['day', 'week', 'month', 'year'];
    for (let run = 0; run < 12; run++) {
      const request = randomRequest(random);
      // The view's answer goes first and is transferred away; the histogram still has its undated set.
      posted(answerView(ctx, request));
      const unit = units[run % units.length] as BinUnit;
      const from = index.minDay + Math.floor(random() * 400);
      const to = from + (unit === 'day' ? 90 : 3000);
      const answer = posted(answerHistogram(ctx, { query: request.query, from, to, unit }));
      const undated = queryEvents(index, { ...request.query, from: null, to: null });
      const histogram = buildHistogram(index, undated, from, to, unit);
      expect(answer.histogram).toEqual(histogram);
      expect(answer.markers).toEqual(findFutureMarkers(index, undated, histogram.edges));
    }
  });
});
