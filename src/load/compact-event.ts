// An import's places (one per row: 100k for 100k rows) arrive on the page from the worker as JSON text,
// and each record read from it has its own copy of every string and empty list. Most of
// those are repeats (kinds, countries, outlets, dates), and the garbage collector marks and moves each
// one while a large import arrives. Before a record is frozen and kept, its short strings are replaced
// by one shared copy and its empty lists by one shared empty list: the same values, fewer objects. (The
// events and the sources are kept as text and read when shown: src/core/lazy-events.ts.)

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
