// Derived, never stored: the events the current view shows, the facet counts, the histogram's undated
// set and the map's aggregates, recomputed only when the filters change. With a corpus worker they are
// the worker's answer (src/load/view-querier.ts), which arrives a moment later; without one (jsdom)
// they are computed here.
import { useEffect, useMemo, useState } from 'react';
import type { AreaAggregate, PointAggregate } from '../core/aggregate';
import { type Facets, facetsFromCounts, queryEvents, queryFacets } from '../core/index/query';
import type { CorpusModel } from '../core/model';
import { DEFAULT_VIEW_STATE, type ViewState, viewToQuery, viewToUndatedQuery } from '../core/url';
import type { ViewAnswer } from '../core/view-query';
import { querierOf } from '../load/view-querier';

export interface VisibleEvents {
  /** Positions into model.index.events, date order. */
  readonly positions: Int32Array;
  /** The same filters without the date window (for the histogram). */
  readonly undated: Int32Array;
  readonly facets: Facets;
  /** The map's per-place and per-area counts, from the worker; null: EventLayers computes them. */
  readonly aggregates: { readonly points: PointAggregate; readonly areas: AreaAggregate } | null;
  /** False until the first answer for this model has come. */
  readonly ready: boolean;
}

const EMPTY = new Int32Array(0);
const NO_FACETS: Facets = { topics: new Map(), actors: new Map(), outlets: new Map() };
const NOTHING: VisibleEvents = {
  positions: EMPTY,
  undated: EMPTY,
  facets: NO_FACETS,
  aggregates: null,
  ready: false,
};

function fromAnswer(model: CorpusModel, answer: ViewAnswer): VisibleEvents {
  return {
    positions: answer.positions,
    undated: answer.undated,
    facets: facetsFromCounts(model.index, answer.facets),
    aggregates: { points: answer.points, areas: answer.areas },
    ready: true,
  };
}

export function useVisibleEvents(model: CorpusModel | null, view: ViewState): VisibleEvents {
  const { from, to, topics, actors, outlets, outletMatch, q, layers } = view;
  const querier = querierOf(model);
  const points = layers.includes('points');
  const areas = layers.includes('areas');
  const [answer, setAnswer] = useState<{ readonly model: CorpusModel; readonly value: VisibleEvents } | null>(
    null,
  );
  useEffect(
    function ask() {
      if (!querier || !model) return;
      let live = true;
      const filters = { ...DEFAULT_VIEW_STATE, from, to, topics, actors, outlets, outletMatch, q };
      querier.view({ query: viewToQuery(filters), topics, points, areas }, (a) => {
        if (!live) return;
        performance.mark('dateline:view-answered');
        setAnswer({ model, value: fromAnswer(model, a) });
      });
      return function drop() {
        live = false;
      };
    },
    [querier, model, from, to, topics, actors, outlets, outletMatch, q, points, areas],
  );
  const local = useMemo(() => {
    if (!model || querier) return null;
    const filters = { ...DEFAULT_VIEW_STATE, from, to, topics, actors, outlets, outletMatch, q };
    return {
      positions: queryEvents(model.index, viewToQuery(filters)),
      undated: queryEvents(model.index, viewToUndatedQuery(filters)),
      facets: queryFacets(model.index, viewToQuery(filters)),
      aggregates: null,
      ready: true,
    };
  }, [model, querier, from, to, topics, actors, outlets, outletMatch, q]);
  if (local) return local;
  // Until the worker answers for this model, the previous answer stays (a filter change shows the old
  // view for a moment, never an empty one); a new model starts from nothing.
  return answer && answer.model === model ? answer.value : NOTHING;
}
