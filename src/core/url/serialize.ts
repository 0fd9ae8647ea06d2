import {
  DEFAULT_LAYERS,
  LAYER_IDS,
  type MapView,
  mapPrecision,
  roundMapView,
  type ViewState,
} from './view-state';

export interface SerializedViewState {
  /** '' or `?key=value&…`. */
  readonly search: string;
  /** '' or `#map=ZOOM/LAT/LNG`. */
  readonly hash: string;
}

/**
 * Writes the view as a link: minimal (defaults are left out) and stable (fixed key order
 * `v, from, to, topics, actors, outlets, outletmatch, q, event, layers, play, embed`; lists deduplicated and sorted;
 * coordinates rounded by `roundMapView`), so equal states always give equal URLs.
 * Does not validate: give it a state from `parseViewState` or built from known ids.
 * List ids must be non-empty and free of commas (slugs are).
 */
export function serializeViewState(state: ViewState): SerializedViewState {
  const pairs: string[] = [];
  const add = (key: string, value: string) => pairs.push(`${key}=${encodeValue(value)}`);

  if (state.v !== null) add('v', state.v);
  if (state.from !== null) add('from', state.from);
  if (state.to !== null) add('to', state.to);
  if (state.topics !== null) add('topics', joinIds(state.topics)); // [] is written as `topics=`
  if (state.actors.length > 0) add('actors', joinIds(state.actors));
  if (state.outlets.length > 0) add('outlets', joinIds(state.outlets));
  if (state.outletMatch !== 'any') add('outletmatch', state.outletMatch);
  if (state.q !== '') add('q', state.q);
  if (state.event !== null) add('event', state.event);
  if (!isDefaultLayers(state.layers))
    add('layers', LAYER_IDS.filter((id) => state.layers.includes(id)).join(','));
  if (state.play !== null) add('play', state.play);
  if (state.embed) add('embed', '1');

  return {
    search: pairs.length > 0 ? `?${pairs.join('&')}` : '',
    hash: state.map === null ? '' : formatMapHash(state.map),
  };
}

/** `#map=ZOOM/LAT/LNG` as openstreetmap.org writes it: lat/lng with trailing zeros, to the zoom's precision. */
function formatMapHash(view: MapView): string {
  const { zoom, lat, lng } = roundMapView(view);
  if (![zoom, lat, lng].every(Number.isFinite)) return '';
  const precision = mapPrecision(zoom);
  return `#map=${zoom}/${lat.toFixed(precision)}/${lng.toFixed(precision)}`;
}

function joinIds(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(',');
}

function isDefaultLayers(layers: readonly string[]): boolean {
  const set = new Set(layers);
  return set.size === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => set.has(id));
}

/**
 * encodeURIComponent, but commas stay readable (they separate list items, and URLSearchParams reads
 * `,` and `%2C` alike). Lone surrogates, on which encodeURIComponent throws, become U+FFFD.
 */
function encodeValue(value: string): string {
  const wellFormed = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(wellFormed).replace(/%2C/g, ',');
}
