// One view's worth of answers from the index, in compact typed arrays: the visible events, the same
// filters without the date window (for the timeline), the facet counts, and the per-place and per-area
// aggregates the map draws; and, on its own, the timeline's histogram. What the corpus worker
// (src/work/corpus-worker.ts) computes for the page, with the same pure functions the page would call.
import {
  type AggregationPrep,
  type AreaAggregate,
  aggregateAreas,
  aggregatePoints,
  type PointAggregate,
  type TopicOrder,
  type TopicRanks,
  topicOrder,
  topicRanksFrom,
} from './aggregate';
import { type EventQuery, type FacetCounts, queryEvents, queryEventsAndFacets } from './index/query';
import type { CorpusModel } from './model';
import {
  type BinUnit,
  buildHistogram,
  type FutureMarker,
  findFutureMarkers,
  type Histogram,
} from './timeline';

export interface ViewRequest {
  /** The filters, date window included. */
  readonly query: EventQuery;
  /** Topic ids shown (null: all): an event takes the colour of its first shown topic. */
  readonly topics: readonly string[] | null;
  /** Whether the map shows points and areas (a hidden layer aggregates nothing). */
  readonly points: boolean;
  readonly areas: boolean;
}

export interface ViewAnswer {
  /** Positions into the index's events, date order. */
  readonly positions: Int32Array;
  /** The same filters without the date window. */
  readonly undated: Int32Array;
  readonly facets: FacetCounts;
  readonly points: PointAggregate;
  readonly areas: AreaAggregate;
}

export interface HistogramRequest {
  /** The filters; the date window is left out (the histogram shows every date of its span). */
  readonly query: EventQuery;
  /** First and last day of the span to bin, and the bin unit. */
  readonly from: number;
  readonly to: number;
  readonly unit: BinUnit;
}

export interface HistogramAnswer {
  readonly histogram: Histogram;
  readonly markers: readonly FutureMarker[];
}

/**
 * What a querier keeps between requests: the model, its aggregation arrays, and the last topic ranks and
 * undated positions (a topic change is the only thing that needs new ranks; the histogram asks for the
 * undated set the view has just computed).
 */
export interface ViewQueryContext {
  readonly model: Pick<CorpusModel, 'index'>;
  readonly prep: AggregationPrep;
  ranks: { readonly key: string; readonly value: TopicRanks } | null;
  undated: { readonly key: string; readonly value: Int32Array } | null;
  /** Each event's topic numbers, read on the first topic filter. */
  order: TopicOrder | null;
}

const NONE = new Int32Array(0);

export function viewQueryContext(model: Pick<CorpusModel, 'index'>, prep: AggregationPrep): ViewQueryContext {
  return { model, prep, ranks: null, undated: null, order: null };
}

const undatedKey = (query: EventQuery) => JSON.stringify({ ...query, from: null, to: null });

function undatedOf(ctx: ViewQueryContext, query: EventQuery): Int32Array {
  const key = undatedKey(query);
  if (ctx.undated?.key !== key)
    ctx.undated = { key, value: queryEvents(ctx.model.index, { ...query, from: null, to: null }) };
  return ctx.undated.value;
}

function ranksOf(ctx: ViewQueryContext, topics: readonly string[] | null): TopicRanks {
  if (topics === null) return ctx.prep;
  const key = JSON.stringify(topics);
  if (ctx.ranks?.key !== key) {
    ctx.order ??= topicOrder(ctx.prep, ctx.model.index.events);
    ctx.ranks = { key, value: topicRanksFrom(ctx.order, ctx.prep.topicIds, topics) };
  }
  return ctx.ranks.value;
}

export function answerView(ctx: ViewQueryContext, request: ViewRequest): ViewAnswer {
  const { index } = ctx.model;
  const { query } = request;
  // The visible events and the facet counts in one pass. Without a date window the undated set is the
  // same: it is kept for the histogram, and a copy is posted away.
  const { positions, facets } = queryEventsAndFacets(index, query);
  const dated = query.from !== null || query.to !== null;
  if (!dated) ctx.undated = { key: undatedKey(query), value: positions };
  const undated = dated ? undatedOf(ctx, query).slice() : positions.slice();
  const ranks = ranksOf(ctx, request.topics);
  return {
    positions: dated ? positions : undated,
    undated,
    facets,
    points: aggregatePoints(ctx.prep, request.points ? positions : NONE, ranks),
    areas: aggregateAreas(ctx.prep, request.areas ? positions : NONE, ranks),
  };
}

export function answerHistogram(ctx: ViewQueryContext, request: HistogramRequest): HistogramAnswer {
  const { index } = ctx.model;
  const undated = undatedOf(ctx, request.query);
  const histogram = buildHistogram(index, undated, request.from, request.to, request.unit);
  return { histogram, markers: findFutureMarkers(index, undated, histogram.edges) };
}

/** The buffers of an answer, to transfer rather than copy (each answer's arrays are its own). */
export function answerBuffers(answer: ViewAnswer | HistogramAnswer): ArrayBuffer[] {
  const arrays =
    'histogram' in answer
      ? [answer.histogram.edges, answer.histogram.counts, answer.histogram.totals, answer.histogram.imprecise]
      : [
          answer.positions,
          answer.undated,
          answer.facets.topics,
          answer.facets.actors,
          answer.facets.outlets,
          ...Object.values(answer.points).filter(ArrayBuffer.isView),
          answer.areas.count,
          answer.areas.firstTopic,
        ];
  return [...new Set(arrays.map((a) => (a as Int32Array).buffer as ArrayBuffer))];
}
