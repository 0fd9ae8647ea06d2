// Derived, never stored: the events the current view shows, the facet counts, and the histogram's
// undated set, each recomputed only when the filters change.
import { useMemo } from 'react';
import { type Facets, queryEvents, queryFacets } from '../core/index/query';
import type { CorpusModel } from '../core/model';
import { DEFAULT_VIEW_STATE, type ViewState, viewToQuery, viewToUndatedQuery } from '../core/url';

export interface VisibleEvents {
  /** Positions into model.index.events, date order. */
  readonly positions: Int32Array;
  /** The same filters without the date window (for the histogram). */
  readonly undated: Int32Array;
  readonly facets: Facets;
}

const EMPTY = new Int32Array(0);
const NO_FACETS: Facets = { topics: new Map(), actors: new Map(), outlets: new Map() };

export function useVisibleEvents(model: CorpusModel | null, view: ViewState): VisibleEvents {
  const { from, to, topics, actors, outlets, outletMatch, q } = view;
  return useMemo(() => {
    if (!model) return { positions: EMPTY, undated: EMPTY, facets: NO_FACETS };
    const filters = { ...DEFAULT_VIEW_STATE, from, to, topics, actors, outlets, outletMatch, q };
    return {
      positions: queryEvents(model.index, viewToQuery(filters)),
      undated: queryEvents(model.index, viewToUndatedQuery(filters)),
      facets: queryFacets(model.index, viewToQuery(filters)),
    };
  }, [model, from, to, topics, actors, outlets, outletMatch, q]);
}
