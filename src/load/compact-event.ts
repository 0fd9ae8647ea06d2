// The page holds every event of a dataset (a million for the largest), each as it arrived from the
// worker: a structured clone, with its own copy of every string and empty list. Most of those are
// repeats (statuses, precisions, roles, dates, place, topic, actor and source ids), and the garbage
// collector marks and moves each one again and again while a large dataset arrives (issue 13: its pauses
// were the page's long tasks at 1M events). Before an event is frozen and kept, its repeated strings are
// replaced by one shared copy and its empty lists by one shared empty list: the same values, fewer objects.
// An import's places and sources (one or two per row) get the same for their short strings.
import type { NewsEvent } from '../core/types';

const EMPTY: readonly never[] = Object.freeze([]);

/** One copy of each string seen: `intern(s)` returns the first string equal to `s`. */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function internAll(list: readonly string[], intern: (s: string) => string): readonly string[] {
  if (list.length === 0) return EMPTY;
  const out = list as string[];
  for (let k = 0; k < out.length; k++) out[k] = intern(out[k] as string);
  return out;
}

/** Rewrites a just-received (not yet frozen) event in place with shared strings and lists; returns it. */
export function compactEvent(event: NewsEvent, intern: (s: string) => string): NewsEvent {
  const e = event as Writable<NewsEvent>;
  e.status = intern(e.status) as NewsEvent['status'];
  const time = e.time as Writable<NewsEvent['time']>;
  time.start = intern(time.start);
  if (time.end !== undefined) time.end = intern(time.end);
  time.precision = intern(time.precision) as NewsEvent['time']['precision'];
  if (e.places.length === 0) e.places = EMPTY;
  else
    for (const p of e.places as Writable<NewsEvent['places'][number]>[]) {
      p.place = intern(p.place);
      p.role = intern(p.role) as typeof p.role;
    }
  e.actors = internAll(e.actors, intern);
  e.topics = internAll(e.topics, intern);
  e.sources = internAll(e.sources, intern);
  if (e.quotes.length === 0) e.quotes = EMPTY;
  if (e.related.length === 0) e.related = EMPTY;
  return event;
}

/** Strings this long or shorter are interned in a record (outlets, dates, kinds, languages, countries). */
const SHORT = 40;

/**
 * Rewrites a just-received (not yet frozen) place, source or actor in place: its short string fields
 * shared, its empty lists the shared one; returns it. Nested objects (an own area's outline) are left
 * as they are.
 */
export function compactRecord<T extends object>(record: T, intern: (s: string) => string): T {
  const r = record as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    const value = r[key];
    if (typeof value === 'string' && value.length <= SHORT) r[key] = intern(value);
    else if (Array.isArray(value) && value.length === 0) r[key] = EMPTY;
  }
  return record;
}
