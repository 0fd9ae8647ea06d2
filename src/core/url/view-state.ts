// The shareable view: everything a link can carry. The URL owns these facts (STYLE.md §5);
// `parseViewState` reads them, `serializeViewState` writes them, and both agree on `roundMapView`.
import { OUTLET_MATCHES, type OutletMatch } from '../index/query';

export { OUTLET_MATCHES, type OutletMatch };

export const LAYER_IDS = ['points', 'areas', 'relations', 'labels', 'tiles'] as const;
/** A map overlay. `labels`: place names; `tiles`: the optional OpenStreetMap raster background. */
export type LayerId = (typeof LAYER_IDS)[number];
/**
 * Points, areas and place names. `relations` is every arc between visible related events, an opt-in
 * layer: without it the map draws only the arcs of the selected and the hovered events (issue 14, item 8).
 */
export const DEFAULT_LAYERS: readonly LayerId[] = Object.freeze(['points', 'areas', 'labels'] as const);

export const PLAY_MODES = ['window', 'cumulative'] as const;
/** `window`: a fixed-length window slides along the timeline; `cumulative`: the end moves, the start stays. */
export type PlayMode = (typeof PLAY_MODES)[number];

/** A map framing, as in OpenStreetMap's `#map=ZOOM/LAT/LNG`. Degrees WGS84; zoom is a Leaflet zoom level. */
export interface MapView {
  readonly zoom: number;
  readonly lat: number;
  readonly lng: number;
}

export interface ViewState {
  /** YYYY-MM-DD inclusive; null = start of data. */
  readonly from: string | null;
  /** YYYY-MM-DD inclusive; null = end of data. */
  readonly to: string | null;
  /** Topic ids, sorted. null = all topics (default); [] = none selected. */
  readonly topics: readonly string[] | null;
  /** Actor ids, sorted. [] = no actor filter. */
  readonly actors: readonly string[];
  /** Outlet ids (`slugify(outlet name)`), sorted. [] = no outlet filter. */
  readonly outlets: readonly string[];
  /** How the chosen outlets combine; default `any`. */
  readonly outletMatch: OutletMatch;
  /** Search text, trimmed, at most MAX_QUERY_LENGTH UTF-16 units; '' = none. */
  readonly q: string;
  /** Selected event id. */
  readonly event: string | null;
  /** Visible overlays in LAYER_IDS order; default DEFAULT_LAYERS. */
  readonly layers: readonly LayerId[];
  /** Playback running, and its mode; null = paused. */
  readonly play: PlayMode | null;
  /** Embedded in another page (no chrome). */
  readonly embed: boolean;
  /** null = default framing (fit the data). */
  readonly map: MapView | null;
  /** Corpus version the link was made with; written only for shared links. */
  readonly v: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  from: null,
  to: null,
  topics: null,
  actors: Object.freeze([]),
  outlets: Object.freeze([]),
  outletMatch: 'any',
  q: '',
  event: null,
  layers: DEFAULT_LAYERS,
  play: null,
  embed: false,
  map: null,
  v: null,
});

/** The ids that exist in the loaded corpus; a link may only name these. */
export interface KnownIds {
  readonly topics: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly outlets: ReadonlySet<string>;
  /** Only asked `has` (a model's events map serves: a million ids need not be copied into a Set). */
  readonly events: { has(id: string): boolean };
}

/** A part of the link that was dropped, with a short plain-text reason for a notice. */
export interface IgnoredParam {
  readonly param: string;
  readonly reason: string;
}

/** Longest search text kept, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = 200;
/** Values longer than this (characters, after decoding) are ignored outright. */
export const MAX_VALUE_LENGTH = 2000;
/** Leaflet zoom range a link may ask for (OSM raster tiles stop at 19). */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 19;

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export function isOutletMatch(value: string): value is OutletMatch {
  return (OUTLET_MATCHES as readonly string[]).includes(value);
}

export function isPlayMode(value: string): value is PlayMode {
  return (PLAY_MODES as readonly string[]).includes(value);
}

/**
 * Decimal places of latitude/longitude worth writing at a zoom level. This is OpenStreetMap's rule
 * (openstreetmap-website, app/assets/javascripts/osm.js, `zoomPrecision`):
 * `Math.max(0, Math.ceil(Math.log(zoom) / Math.LN2))` — 0 up to zoom 1, 1 at zoom 2, 2 at 3–4,
 * 3 at 5–8, 4 at 9–16, 5 at 17–19 (≈1 m). Keeping to it makes our links look like osm.org's.
 */
export function mapPrecision(zoom: number): number {
  const precision = Math.ceil(Math.log(zoom) / Math.LN2);
  // log(0) is -Infinity and log(NaN) is NaN; Math.max(0, NaN) would be NaN, so guard explicitly.
  return Number.isFinite(precision) && precision > 0 ? precision : 0;
}

/**
 * The view as a link writes it: zoom to at most 2 decimals, lat/lng to `mapPrecision(zoom)` decimals.
 * Idempotent, so callers can compare a live map view with the one in the URL.
 */
export function roundMapView(view: MapView): MapView {
  const zoom = roundZoom(view.zoom);
  const precision = mapPrecision(zoom);
  return { zoom, lat: roundTo(view.lat, precision), lng: roundTo(view.lng, precision) };
}

function roundZoom(zoom: number): number {
  return Math.round(zoom * 100) / 100 + 0; // `+ 0` turns -0 into 0
}

function roundTo(value: number, decimals: number): number {
  // Number(toFixed) rather than Math.round(x * 10^n) / 10^n, so the number prints back as the same
  // digits `serializeViewState` writes with toFixed.
  return Number(value.toFixed(decimals)) + 0;
}
