// The filter part of the view, as an index query.
import { parseIsoDay } from '../dates';
import type { EventQuery } from '../index/query';
import type { ViewState } from './view-state';

export function viewToQuery(view: ViewState): EventQuery {
  return {
    from: view.from === null ? null : parseIsoDay(view.from),
    to: view.to === null ? null : parseIsoDay(view.to),
    topics: view.topics,
    actors: view.actors,
    outlets: view.outlets,
    outletMatch: view.outletMatch,
    text: view.q,
  };
}

/** The same query without the date window: what the timeline's histogram shows. */
export function viewToUndatedQuery(view: ViewState): EventQuery {
  return { ...viewToQuery(view), from: null, to: null };
}

/** True when any filter (not the map, selection or layers) differs from showing everything. */
export function hasFilters(view: ViewState): boolean {
  return (
    view.from !== null ||
    view.to !== null ||
    view.topics !== null ||
    view.actors.length > 0 ||
    view.outlets.length > 0 ||
    view.q !== ''
  );
}
