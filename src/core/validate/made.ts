// Records an import made itself (src/core/import/builder.ts), checked without being copied. The record
// readers (records.ts, own.ts) read unknown JSON into a fresh, typed copy; for a record the builder just
// made, with its keys in the readers' order, that copy is the same record again, and at 100k rows the
// copies cost about a second. Each check here accepts a record only when its reader would return an
// equal record (same keys, same order, same values) with no problem at all, and returns it; anything
// else (an area's outline, a relation, an odd property, a blank name) returns undefined and the caller
// reads the record with its reader, as before. So these checks may be stricter than the readers, never
// looser (test/core/validate/made.test.ts compares them with the readers).
import { eventInterval, parsePartialDate } from '../dates';
import {
  type EventTime,
  type NewsEvent,
  PLACE_KINDS,
  PLACE_ROLES,
  type Place,
  PRECISIONS,
  type Source,
  STATUSES,
} from '../types';
import { MAX_PROPERTIES, MAX_PROPERTY_TEXT } from './own';
import { NO_ITEMS } from './reader';
import { EVENT_FIELDS, FULL_DATE, HTTP_URL, ID_PATTERN, LANGUAGE } from './records';

/** readSource's output order (its field list has `url` before `language`; it writes `url` last). */
const SOURCE_KEYS = ['id', 'outlet', 'headline', 'published', 'dateline', 'language', 'url'];
const PLACE_KEYS = ['id', 'name', 'kind', 'lat', 'lon'];
const TIME_KEYS = new Set(['start', 'end', 'precision', 'label']);
/** readTime's order. */
const TIME_ORDER = ['start', 'precision', 'end', 'label'];

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const id = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const among = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);

/** True when the plain object's own keys are `keys` in that order, none undefined; past the first `required`, any may be left out. */
function keysInOrder(o: object, keys: readonly string[], required: number): boolean {
  if (Object.getPrototypeOf(o) !== Object.prototype) return false;
  let at = 0;
  let seen = 0;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) return false;
    while (at < keys.length && keys[at] !== key) {
      if (at < required) return false;
      at++;
    }
    if (at === keys.length || (o as Record<string, unknown>)[key] === undefined) return false;
    at++;
    seen++;
  }
  return seen >= required;
}

function list(v: unknown, each: (item: unknown) => boolean, nonEmpty: boolean): boolean {
  if (!Array.isArray(v) || (nonEmpty && v.length === 0)) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
}

const eventPlace = (item: unknown): boolean =>
  typeof item === 'object' &&
  item !== null &&
  keysInOrder(item, ['place', 'role'], 2) &&
  text((item as { place: unknown }).place) &&
  among(PLACE_ROLES, (item as { role: unknown }).role);

/**
 * The time as readTime returns it (its keys in its order: start, precision, end, label): `t` itself when
 * it is already so, else a copy in that order; undefined when readTime would refuse it or drop a part.
 */
export function madeTime(t: unknown): EventTime | undefined {
  if (typeof t !== 'object' || t === null || Object.getPrototypeOf(t) !== Object.prototype) return undefined;
  for (const key in t)
    if (!Object.hasOwn(t, key) || !TIME_KEYS.has(key) || (t as Record<string, unknown>)[key] === undefined)
      return undefined;
  const { start, end, precision, label } = t as Record<string, unknown>;
  if (!text(start) || !among(PRECISIONS, precision)) return undefined;
  if (end !== undefined && !text(end)) return undefined;
  if (label !== undefined && !text(label)) return undefined;
  const from = parsePartialDate(start);
  const to = end === undefined ? from : parsePartialDate(end as string);
  if (!from || !to) return undefined;
  if (precision !== 'approximate' && (from.form !== precision || to.form !== precision)) return undefined;
  const interval = eventInterval(t as EventTime);
  if (!interval || interval.end < interval.start) return undefined;
  if (keysInOrder(t, TIME_ORDER, 2)) return t as EventTime;
  const time: { -readonly [K in keyof EventTime]: EventTime[K] } = {
    start,
    precision: precision as EventTime['precision'],
  };
  if (end !== undefined) time.end = end as string;
  if (label !== undefined) time.label = label as string;
  return time;
}

/** A property table readProperties keeps whole: every key and value good, at most MAX_PROPERTIES. */
function goodProperties(p: unknown): boolean {
  if (typeof p !== 'object' || p === null || Object.getPrototypeOf(p) !== Object.prototype) return false;
  let count = 0;
  for (const key in p) {
    if (!Object.hasOwn(p, key) || key.length === 0 || key.length > 100 || ++count > MAX_PROPERTIES)
      return false;
    const v = (p as Record<string, unknown>)[key];
    if (
      !(
        v === null ||
        typeof v === 'boolean' ||
        (typeof v === 'number' && Number.isFinite(v)) ||
        (typeof v === 'string' && v.length <= MAX_PROPERTY_TEXT)
      )
    )
      return false;
  }
  return true;
}

/** The event as readEvent returns it (a time in its key order), or undefined to read it instead. */
export function madeEvent(o: object): NewsEvent | undefined {
  if (!keysInOrder(o, EVENT_FIELDS, 11)) return undefined;
  const e = o as { readonly [K in keyof NewsEvent]: unknown };
  const time = madeTime(e.time);
  if (
    !time ||
    !id(e.id) ||
    !text(e.title) ||
    !text(e.summary) ||
    !among(STATUSES, e.status) ||
    !list(e.places, eventPlace, true) ||
    !list(e.actors, text, false) ||
    !list(e.topics, text, true) ||
    !list(e.sources, text, true) ||
    e.quotes !== NO_ITEMS ||
    e.related !== NO_ITEMS ||
    (e.properties !== undefined && !goodProperties(e.properties))
  )
    return undefined;
  return (time === e.time ? o : { ...o, time }) as NewsEvent;
}

/** The source as readSource returns it, or undefined to read it instead. */
export function madeSource(o: object): Source | undefined {
  const s = o as { readonly [K in keyof Source]: unknown };
  const published = s.published;
  const ok =
    // id and outlet first; the article's fields when there are any; then language (checked below).
    keysInOrder(s, SOURCE_KEYS, 2) &&
    id(s.id) &&
    text(s.outlet) &&
    (s.headline === undefined || text(s.headline)) &&
    (published === undefined ||
      (typeof published === 'string' &&
        FULL_DATE.test(published) &&
        parsePartialDate(published)?.form === 'day')) &&
    (s.dateline === undefined || text(s.dateline)) &&
    typeof s.language === 'string' &&
    LANGUAGE.test(s.language) &&
    (s.url === undefined || (typeof s.url === 'string' && HTTP_URL.test(s.url)));
  return ok ? (o as Source) : undefined;
}

/**
 * An own point (no outline) as readOwnPlace returns it, with its empty `aliases`, or undefined to read
 * it instead. The builder's point has no aliases; the reader gives every place a list of them.
 */
export function madePoint(o: object): Place | undefined {
  const p = o as { readonly [K in keyof Place]: unknown };
  const ok =
    keysInOrder(p, PLACE_KEYS, 5) &&
    id(p.id) &&
    text(p.name) &&
    among(PLACE_KINDS, p.kind) &&
    typeof p.lat === 'number' &&
    p.lat >= -90 &&
    p.lat <= 90 &&
    typeof p.lon === 'number' &&
    p.lon >= -180 &&
    p.lon <= 180;
  if (!ok) return undefined;
  const place = o as Place;
  // One shared, frozen empty list (JSON writes it as the reader's []), not 100k of them.
  return {
    id: place.id,
    name: place.name,
    aliases: NO_ITEMS,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
  };
}
