// Structural validation of each record kind: shape, types, enums, patterns, calendar dates.
// References between records are checked afterwards in corpus.ts, once every id is known.
import { eventInterval, parsePartialDate } from '../dates';
import {
  type Actor,
  type EventPlace,
  type EventTime,
  type NewsEvent,
  PLACE_KINDS,
  PLACE_ROLES,
  type Place,
  PRECISIONS,
  type Quote,
  RELATION_TYPES,
  type Relation,
  type Source,
  STATUSES,
  type Topic,
} from '../types';
import { readProperties } from './own';
import { type JsonObject, NO_ITEMS, type RecordReader } from './reader';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
export const HTTP_URL = /^https?:\/\/[^\s]+$/;
/** Quotes are short by rule: the words of an official, not article prose. */
export const MAX_QUOTE = 200;
export const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PUBLISHED = { optional: true, pattern: FULL_DATE, what: 'a date YYYY-MM-DD' } as const;
const URL_OPTION = { optional: 'drop-if-bad', pattern: HTTP_URL, what: 'an http(s) URL' } as const;
const LANGUAGE_OPTION = { pattern: LANGUAGE, what: 'a language tag such as "en"' } as const;
// Options and field lists made once, not per read: an import reads 100k events and 200k sources.
const AN_ID = { pattern: ID_PATTERN, what: 'an id (letters, digits, . _ : -)' } as const;
const OPTIONAL = { optional: true } as const;
const DROP_IF_BAD = { optional: 'drop-if-bad' } as const;
const NON_EMPTY = { nonEmpty: true } as const;
const SOURCE_FIELDS = ['id', 'outlet', 'headline', 'published', 'dateline', 'url', 'language'];
const TIME_FIELDS = ['start', 'end', 'precision', 'label'];
export const EVENT_FIELDS = [
  'id',
  'title',
  'summary',
  'time',
  'status',
  'places',
  'actors',
  'topics',
  'quotes',
  'sources',
  'related',
  'properties',
];
const EVENT_PLACE_FIELDS = ['place', 'role'];
const QUOTE_FIELDS = ['text', 'speaker', 'source'];
const RELATION_FIELDS = ['event', 'type'];

function realDate(r: RecordReader, text: string | undefined, path: string, form?: 'day'): void {
  if (text === undefined) return;
  const parsed = parsePartialDate(text);
  if (!parsed) r.fail(path, `expected a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD), got "${text}"`);
  else if (form && parsed.form !== form) r.fail(path, `expected a full date YYYY-MM-DD, got "${text}"`);
}

export function readSource(r: RecordReader, o: JsonObject): Source | undefined {
  r.noExtra(o, SOURCE_FIELDS);
  const id = r.string(o, 'id', 'id', AN_ID);
  const outlet = r.string(o, 'outlet', 'outlet');
  const headline = r.string(o, 'headline', 'headline', OPTIONAL);
  const published = r.string(o, 'published', 'published', PUBLISHED);
  realDate(r, published, 'published', 'day');
  const dateline = r.string(o, 'dateline', 'dateline', OPTIONAL);
  const url = r.string(o, 'url', 'url', URL_OPTION);
  const language = r.string(o, 'language', 'language', LANGUAGE_OPTION);
  if (!r.ok || !id || !outlet || !language) return undefined;
  // In madeSource's order (src/core/validate/made.ts), which takes a record made so as it is.
  const source: { -readonly [K in keyof Source]?: Source[K] } = { id, outlet };
  if (headline) source.headline = headline;
  if (published) source.published = published;
  if (dateline) source.dateline = dateline;
  source.language = language;
  if (url) source.url = url;
  return source as Source;
}

export function readTopic(r: RecordReader, o: JsonObject): Topic | undefined {
  r.noExtra(o, ['id', 'label', 'color', 'description']);
  const id = r.string(o, 'id', 'id', { pattern: ID_PATTERN, what: 'an id (letters, digits, . _ : -)' });
  const label = r.string(o, 'label', 'label');
  const color = r.string(o, 'color', 'color', { pattern: COLOR, what: 'a colour #rrggbb' });
  const description = r.string(o, 'description', 'description');
  if (!r.ok || !id || !label || !color || !description) return undefined;
  return { id, label, color: color.toLowerCase(), description };
}

export function readActor(r: RecordReader, o: JsonObject): Actor | undefined {
  r.noExtra(o, ['id', 'name', 'role', 'country']);
  const id = r.string(o, 'id', 'id', { pattern: ID_PATTERN, what: 'an id (letters, digits, . _ : -)' });
  const name = r.string(o, 'name', 'name');
  const role = r.string(o, 'role', 'role');
  const country = r.string(o, 'country', 'country', { optional: true });
  if (!r.ok || !id || !name || !role) return undefined;
  return { id, name, role, ...(country ? { country } : {}) };
}

/** The fields every place has, in the gazetteer or in a dataset's own `places`; the caller checks `r.ok`. */
export function readPlaceFields(r: RecordReader, o: JsonObject) {
  const id = r.string(o, 'id', 'id', { pattern: ID_PATTERN, what: 'an id (letters, digits, . _ : -)' });
  const name = r.string(o, 'name', 'name');
  const aliases = r.strings(o, 'aliases', 'aliases', { optional: true });
  const kind = r.oneOf(o, 'kind', 'kind', PLACE_KINDS);
  const lat = r.number(o, 'lat', 'lat', -90, 90);
  const lon = r.number(o, 'lon', 'lon', -180, 180);
  const country = r.string(o, 'country', 'country', { optional: true });
  if (!id || !name || !aliases || !kind || lat === undefined || lon === undefined) return undefined;
  return { id, name, aliases, kind, lat, lon, ...(country ? { country } : {}) };
}

export function readPlace(r: RecordReader, o: JsonObject): Place | undefined {
  r.noExtra(o, ['id', 'name', 'aliases', 'kind', 'lat', 'lon', 'boundary', 'country']);
  const fields = readPlaceFields(r, o);
  const boundary = r.string(o, 'boundary', 'boundary', { optional: true });
  if (o.kind === 'country' && boundary === undefined && o.boundary === undefined) {
    r.fail('boundary', 'expected the id of a boundary in geo/ for a place of kind country');
  }
  if (!r.ok || !fields) return undefined;
  return { ...fields, ...(boundary ? { boundary } : {}) };
}

function readTime(r: RecordReader, raw: unknown): EventTime | undefined {
  const o = r.object(raw, 'time');
  if (!o) return undefined;
  r.noExtra(o, TIME_FIELDS, 'time.');
  const start = r.string(o, 'start', 'time.start');
  const end = r.string(o, 'end', 'time.end', OPTIONAL);
  const precision = r.oneOf(o, 'precision', 'time.precision', PRECISIONS);
  const label = r.string(o, 'label', 'time.label', DROP_IF_BAD);
  realDate(r, start, 'time.start');
  realDate(r, end, 'time.end');
  if (!r.ok || !start || !precision) return undefined;
  const form = parsePartialDate(start)?.form;
  const expected = { day: 'day', month: 'month', year: 'year' } as const;
  if (precision !== 'approximate') {
    for (const [path, text] of [
      ['time.start', start],
      ['time.end', end],
    ] as const) {
      if (text !== undefined && parsePartialDate(text)?.form !== expected[precision]) {
        r.fail(
          path,
          `expected a ${precision} (${precision === 'day' ? 'YYYY-MM-DD' : precision === 'month' ? 'YYYY-MM' : 'YYYY'}) to match precision "${precision}", got "${text}"`,
        );
      }
    }
  } else if (!form) return undefined;
  // Assigned, not spread from temporary objects: this runs once per event (same key order).
  const time: { -readonly [K in keyof EventTime]: EventTime[K] } = { start, precision };
  if (end) time.end = end;
  if (label) time.label = label;
  const interval = eventInterval(time);
  if (interval && interval.end < interval.start)
    r.fail('time.end', `expected an end on or after the start ${start}, got "${end}"`);
  return r.ok ? time : undefined;
}

function readList<T>(
  r: RecordReader,
  o: JsonObject,
  key: string,
  opts: { nonEmpty?: boolean; optional?: boolean },
  read: (item: JsonObject, path: string) => T | undefined,
): T[] | undefined {
  const raw = r.array(o, key, key, opts);
  if (!raw) return undefined;
  // No list for an empty one (most events have no quotes and no relations): one shared, frozen.
  if (raw.length === 0) return NO_ITEMS as unknown as T[];
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const path = `${key}[${i}]`;
    const item = r.object(raw[i], path);
    const value = item ? read(item, path) : undefined;
    if (value !== undefined) out.push(value);
  }
  return out;
}

export function readEvent(r: RecordReader, o: JsonObject): NewsEvent | undefined {
  r.noExtra(o, EVENT_FIELDS);
  const id = r.string(o, 'id', 'id', AN_ID);
  const title = r.string(o, 'title', 'title');
  const summary = r.string(o, 'summary', 'summary');
  const time = readTime(r, o.time);
  const status = r.oneOf(o, 'status', 'status', STATUSES);
  const places = readList<EventPlace>(r, o, 'places', NON_EMPTY, (item, path) => {
    r.noExtra(item, EVENT_PLACE_FIELDS, `${path}.`);
    const place = r.string(item, 'place', `${path}.place`);
    const role = r.oneOf(item, 'role', `${path}.role`, PLACE_ROLES);
    return place && role ? { place, role } : undefined;
  });
  const actors = r.strings(o, 'actors', 'actors', OPTIONAL);
  const topics = r.strings(o, 'topics', 'topics', NON_EMPTY);
  const properties = readProperties(r, o.properties);
  const quotes = readList<Quote>(r, o, 'quotes', OPTIONAL, (item, path) => {
    r.noExtra(item, QUOTE_FIELDS, `${path}.`);
    const text = r.string(item, 'text', `${path}.text`);
    if (text !== undefined && text.length > MAX_QUOTE)
      r.fail(`${path}.text`, `expected a short quote of at most ${MAX_QUOTE} characters, got ${text.length}`);
    const speaker = r.string(item, 'speaker', `${path}.speaker`);
    const source = r.string(item, 'source', `${path}.source`);
    return text && speaker && source ? { text, speaker, source } : undefined;
  });
  const sources = r.strings(o, 'sources', 'sources', NON_EMPTY);
  const related = readList<Relation>(r, o, 'related', OPTIONAL, (item, path) => {
    r.noExtra(item, RELATION_FIELDS, `${path}.`);
    const event = r.string(item, 'event', `${path}.event`);
    const type = r.oneOf(item, 'type', `${path}.type`, RELATION_TYPES);
    return event && type ? { event, type } : undefined;
  });
  if (
    !r.ok ||
    !id ||
    !title ||
    !summary ||
    !time ||
    !status ||
    !places ||
    !actors ||
    !topics ||
    !quotes ||
    !sources ||
    !related
  ) {
    return undefined;
  }
  const event: { -readonly [K in keyof NewsEvent]: NewsEvent[K] } = {
    id,
    title,
    summary,
    time,
    status,
    places,
    actors,
    topics,
    quotes,
    sources,
    related,
  };
  if (properties) event.properties = properties;
  return event;
}
