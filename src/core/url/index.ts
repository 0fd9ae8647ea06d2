export { dateProblem, describeIgnored, type ParsedViewState, parseViewState } from './parse';
export { type SerializedViewState, serializeViewState } from './serialize';
export { hasFilters, viewToQuery, viewToUndatedQuery } from './to-query';
export {
  DEFAULT_LAYERS,
  DEFAULT_VIEW_STATE,
  type IgnoredParam,
  isLayerId,
  isOutletMatch,
  isPlayMode,
  type KnownIds,
  LAYER_IDS,
  type LayerId,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  MAX_ZOOM,
  type MapView,
  MIN_ZOOM,
  mapPrecision,
  OUTLET_MATCHES,
  type OutletMatch,
  PLAY_MODES,
  type PlayMode,
  roundMapView,
  type ViewState,
} from './view-state';
