import { parseIsoDay } from '../dates';
import {
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
  roundMapView,
  type ViewState,
} from './view-state';

export interface ParsedViewState {
  readonly state: ViewState;
  readonly ignored: IgnoredParam[];
}

/** Unknown ids reported one by one per parameter; the rest are counted in one more entry. */
const MAX_REPORTED_IDS = 3;
/** Longest piece of a raw value quoted back in a reason. */
const MAX_QUOTED = 40;

/**
 * Reads the shareable view from `location.search` and `location.hash` (with or without `?`/`#`).
 * Total: never throws; whatever is invalid falls back to its default and is listed in `ignored`.
 * Unknown parameters are ignored silently; for a repeated parameter the first value wins.
 */
export function parseViewState(search: string, hash: string, known: KnownIds): ParsedViewState {
  const ignored: IgnoredParam[] = [];
  const report = (param: string, reason: string) => ignored.push({ param, reason });
  const params = new URLSearchParams(String(search));
  const read = (key: string): string | null => readValue(params, key, report);
  const isKnownEvent = (id: string): id is string => known.events.has(id);

  let from = parseDate('from', read('from'), report);
  let to = parseDate('to', read('to'), report);
  if (from !== null && to !== null && from > to) {
    report('from', `after to (${from} > ${to})`);
    report('to', `before from (${to} < ${from})`);
    from = null;
    to = null;
  }
  const topicsRaw = read('topics');
  const state: ViewState = {
    from,
    to,
    topics: topicsRaw === null ? null : parseIds('topics', 'topic', topicsRaw, known.topics, null, report),
    actors: parseIds('actors', 'actor', read('actors') ?? '', known.actors, EMPTY, report),
    outlets: parseIds('outlets', 'outlet', read('outlets') ?? '', known.outlets, EMPTY, report),
    outletMatch:
      parseKnown('outletmatch', 'expected all or only', read('outletmatch'), isOutletMatch, report) ??
      DEFAULT_VIEW_STATE.outletMatch,
    q: parseQuery(read('q'), report),
    event: parseKnown('event', 'unknown event id', read('event'), isKnownEvent, report),
    layers: parseLayers(read('layers'), report),
    play: parseKnown('play', 'not a play mode', read('play'), isPlayMode, report),
    embed: parseEmbed(read('embed'), report),
    map: parseMapHash(String(hash), report),
    v: parseKnown('v', 'not a corpus version', read('v'), isCorpusVersion, report),
  };
  return { state, ignored };
}

/** One short sentence for a notice, e.g. "Some parts of the link were ignored: from (not a real date)." */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const shown = ignored.slice(0, 6).map(({ param, reason }) => `${param} (${reason})`);
  const more = ignored.length - shown.length;
  const tail = more > 0 ? ` and ${more} more` : '';
  return `Some parts of the link were ignored: ${shown.join(', ')}${tail}.`;
}

type Report = (param: string, reason: string) => void;

const EMPTY: readonly string[] = Object.freeze([]);

function isCorpusVersion(value: string): value is string {
  return /^[0-9a-z]{1,16}$/.test(value);
}

function readValue(params: URLSearchParams, key: string, report: Report): string | null {
  const value = params.get(key);
  if (value === null || value.length <= MAX_VALUE_LENGTH) return value;
  report(key, `value too long (${value.length} characters)`);
  return null;
}

/** An empty scalar (`?event=`) is what a cleared form field leaves behind: the default, silently. */
function parseKnown<T extends string>(
  param: string,
  reason: string,
  raw: string | null,
  isValid: (value: string) => value is T,
  report: Report,
): T | null {
  if (raw === null || raw === '') return null;
  if (isValid(raw)) return raw;
  report(param, `${reason}: ${quote(raw)}`);
  return null;
}

function parseDate(param: string, raw: string | null, report: Report): string | null {
  if (raw === null || raw === '') return null;
  const problem = dateProblem(raw);
  if (problem === null) return raw;
  report(param, problem);
  return null;
}

/**
 * Why `raw` is not a date a view can start or end on, or null when it is one: `YYYY-MM-DD`, a real
 * calendar day, year 1000 or later. The link parser and the command line share this rule.
 */
export function dateProblem(raw: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return `not a date (expected YYYY-MM-DD): ${quote(raw)}`;
  if (Number(match[1]) < 1000) return `year out of range: ${raw}`;
  if (parseIsoDay(raw) === null) return `not a real date: ${raw}`;
  return null;
}

/**
 * Comma-separated ids: unknown ones dropped and reported, the known ones kept, deduplicated, sorted.
 * A list whose every item is unknown falls back to the default (`fallback`), as an invalid scalar does:
 * `?topics=nonexistent` shows all topics, never none.
 */
function parseIds<T extends readonly string[] | null>(
  param: string,
  noun: string,
  raw: string,
  known: ReadonlySet<string>,
  fallback: T,
  report: Report,
): string[] | T {
  const ids = splitList(raw);
  const unknown = ids.filter((id) => !known.has(id));
  reportUnknown(param, `unknown ${noun} id`, unknown, report);
  if (ids.length > 0 && unknown.length === ids.length) return fallback;
  return ids.filter((id) => known.has(id)).sort();
}

function parseLayers(raw: string | null, report: Report): readonly LayerId[] {
  if (raw === null) return DEFAULT_LAYERS;
  const values = splitList(raw);
  const unknown = values.filter((value) => !isLayerId(value));
  reportUnknown('layers', 'unknown layer', unknown, report);
  // `?layers=bogus` is a garbled link, not a request to hide every overlay.
  if (values.length > 0 && unknown.length === values.length) return DEFAULT_LAYERS;
  return LAYER_IDS.filter((id) => values.includes(id));
}

/** Distinct non-empty items: `a,,b,a` and a trailing comma are harmless. */
function splitList(raw: string): string[] {
  return [...new Set(raw.split(','))].filter((item) => item !== '');
}

/** The first few unknown values one by one, the rest as a count, so a notice stays short. */
function reportUnknown(param: string, what: string, unknown: readonly string[], report: Report): void {
  for (const value of unknown.slice(0, MAX_REPORTED_IDS)) report(param, `${what}: ${quote(value)}`);
  if (unknown.length > MAX_REPORTED_IDS) report(param, `${unknown.length - MAX_REPORTED_IDS} more ${what}s`);
}

function parseQuery(raw: string | null, report: Report): string {
  if (raw === null) return DEFAULT_VIEW_STATE.q;
  const text = raw.trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  report('q', `search text cut to ${MAX_QUERY_LENGTH} characters`);
  // Never cut a surrogate pair in half.
  return text
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();
}

function parseEmbed(raw: string | null, report: Report): boolean {
  if (raw === null || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  report('embed', `expected 1: ${quote(raw)}`);
  return false;
}

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,20})?$/;

/** `#map=ZOOM/LAT/LNG` as on openstreetmap.org; other hash parameters are left to others. */
function parseMapHash(hash: string, report: Report): MapView | null {
  const raw = readValue(new URLSearchParams(hash.replace(/^#/, '')), 'map', report);
  if (raw === null || raw === '') return null;
  const parts = raw.split('/');
  if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) {
    report('map', `expected zoom/lat/lng: ${quote(raw)}`);
    return null;
  }
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
    report('map', `zoom out of range ${MIN_ZOOM}–${MAX_ZOOM}: ${quote(String(parts[0]))}`);
  } else if (!(lat >= -90 && lat <= 90)) {
    report('map', `latitude out of range: ${quote(String(parts[1]))}`);
  } else if (!(lng >= -180 && lng <= 180)) {
    report('map', `longitude out of range: ${quote(String(parts[2]))}`);
  } else {
    return roundMapView({ zoom, lat, lng });
  }
  return null;
}

/** A raw value safe to show: control and bidi-override characters removed, at most MAX_QUOTED long. */
function quote(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const chars = Array.from(clean);
  return chars.length <= MAX_QUOTED ? clean : `${chars.slice(0, MAX_QUOTED).join('')}…`;
}
