// Property test: on thousands of random small corpora, queryEvents and queryFacets equal a naive
// filter written from the documented semantics (EventQuery in src/core/index/query.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, type EventIndex, type IndexContext } from '../../../src/core/index/event-index';
import { type EventQuery, queryEvents, queryFacets } from '../../../src/core/index/query';
import { foldText, slugify } from '../../../src/core/slug';
import type { Actor, NewsEvent, Place, Precision, Source } from '../../../src/core/types';

// Enough generated corpora to find an off-by-one in the date search, and cheap enough for a busy 2-core machine.
const RUNS = 600;
const DAY_MS = 86_400_000;

// Small, overlapping vocabularies so that random queries hit often. Names carry accents, case and
// outlets that slugify alike ("Le Monde", "le-monde"), to test folding and outlet identity.
const WORDS = [
  'Summit',
  'talks',
  'Élysée',
  'missile',
  'ceasefire',
  'Kyiv',
  'naïve',
  'ŒUVRE',
  'strike',
  'vote',
];
const OUTLETS = ['Reuters', 'AP', 'Le Monde', 'le-monde', 'Die Zeit', 'TASS'];
const PLACES: readonly Place[] = [
  { id: 'paris', name: 'Paris', aliases: ['Lutèce'], kind: 'city', lat: 48.86, lon: 2.35 },
  { id: 'kyiv', name: 'Kyiv', aliases: ['Kiev', 'Київ'], kind: 'city', lat: 50.45, lon: 30.52 },
  { id: 'sochi', name: 'Sochi', aliases: [], kind: 'city', lat: 43.6, lon: 39.73 },
];
const ACTORS: readonly Actor[] = ['Émile Zola', 'Boris Other', 'Ana Núñez', 'Li Wei'].map((name, i) => ({
  id: `actor-${i}`,
  name,
  role: 'Official',
  country: 'x',
}));
const SOURCES: readonly Source[] = OUTLETS.map((outlet, i) => ({
  id: `source-${i}`,
  outlet,
  headline: 'H',
  published: '2001-01-01',
  dateline: 'paris',
  language: 'en',
}));

// ---- naive reference -----------------------------------------------------------------------

/** Widened interval of a partial date, written independently of src/core/dates.ts. */
function naiveDays(text: string): { first: number; last: number } {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY_MS;
  const last =
    d !== undefined ? first : m !== undefined ? Date.UTC(y, m, 0) / DAY_MS : Date.UTC(y, 11, 31) / DAY_MS;
  return { first, last };
}

function naiveInterval(e: NewsEvent): { start: number; end: number } {
  return { start: naiveDays(e.time.start).first, end: naiveDays(e.time.end ?? e.time.start).last };
}

function naiveOutlets(e: NewsEvent, ctx: IndexContext): Set<string> {
  return new Set(e.sources.map((s) => slugify(ctx.sources.get(s)?.outlet ?? '')));
}

function naiveFields(e: NewsEvent, ctx: IndexContext): string[] {
  const fields = [e.title, e.summary, ...e.actors.map((a) => ctx.actors.get(a)?.name ?? '')];
  for (const p of e.places) {
    const place = ctx.places.get(p.place);
    if (place) fields.push(place.name, ...place.aliases);
  }
  // Quotes: their words and who said them.
  for (const q of e.quotes) fields.push(q.text, ctx.actors.get(q.speaker)?.name ?? '');
  return fields.map(foldText);
}

type Facet = 'date' | 'topics' | 'actors' | 'outlets' | 'text';

/** Which facets of the query an event passes. */
function naivePasses(e: NewsEvent, q: EventQuery, ctx: IndexContext): Record<Facet, boolean> {
  const { start, end } = naiveInterval(e);
  const words = foldText(q.text).split(/\s+/).filter(Boolean);
  const fields = naiveFields(e, ctx);
  const outlets = naiveOutlets(e, ctx);
  return {
    date: (q.from === null || end >= q.from) && (q.to === null || start <= q.to),
    topics: q.topics === null || e.topics.some((t) => q.topics?.includes(t)),
    actors: q.actors.length === 0 || e.actors.some((a) => q.actors.includes(a)),
    outlets: naiveOutletMatch(q, outlets),
    text: words.every((w) => fields.some((f) => f.includes(w))),
  };
}

/** any: one of the chosen outlets reported it; all: every chosen one did; only: no other outlet did. */
function naiveOutletMatch(q: EventQuery, outlets: ReadonlySet<string>): boolean {
  if (q.outlets.length === 0) return true;
  const match = q.outletMatch ?? 'any';
  if (match === 'any') return q.outlets.some((o) => outlets.has(o));
  if (match === 'all') return q.outlets.every((o) => outlets.has(o));
  return outlets.size > 0 && [...outlets].every((o) => q.outlets.includes(o));
}

function naiveQuery(index: EventIndex, q: EventQuery, ctx: IndexContext): number[] {
  const out: number[] = [];
  index.events.forEach((e, p) => {
    const pass = naivePasses(e, q, ctx);
    if (Object.values(pass).every(Boolean)) out.push(p);
  });
  return out;
}

function naiveFacets(index: EventIndex, q: EventQuery, ctx: IndexContext) {
  const topics = new Map(ctx.topics.map((t) => [t.id, 0]));
  const actors = new Map<string, number>();
  const outlets = new Map<string, number>();
  for (const e of index.events) {
    for (const a of e.actors) actors.set(a, 0);
  }
  // Every outlet of the corpus's sources is a facet, even one with no events.
  for (const source of ctx.sources.values()) outlets.set(slugify(source.outlet), 0);
  for (const e of index.events) {
    const pass = naivePasses(e, q, ctx);
    const base = pass.date && pass.text;
    if (base && pass.actors && pass.outlets)
      for (const t of e.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
    if (base && pass.topics && pass.outlets)
      for (const a of e.actors) actors.set(a, (actors.get(a) ?? 0) + 1);
    if (base && pass.topics && pass.actors)
      for (const o of naiveOutlets(e, ctx)) outlets.set(o, (outlets.get(o) ?? 0) + 1);
  }
  return { topics, actors, outlets };
}

// ---- generators ----------------------------------------------------------------------------

type Form = 'day' | 'month' | 'year';
const pad = (n: number) => String(n).padStart(2, '0');

/** A partial date of the given form between 1999 and 2003. */
function partialDate(form: Form): fc.Arbitrary<string> {
  return fc
    .record({
      y: fc.integer({ min: 1999, max: 2003 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => {
      if (form === 'year') return String(y);
      if (form === 'month') return `${y}-${pad(m)}`;
      return `${y}-${pad(m)}-${pad(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()))}`;
    });
}

const FORM_OF: Record<Exclude<Precision, 'approximate'>, Form> = { day: 'day', month: 'month', year: 'year' };
const anyForm = fc.constantFrom<Form>('day', 'month', 'year');

/** Start and optional end of one precision; `approximate` mixes forms. End never before start. */
const eventTime = fc.constantFrom<Precision>('day', 'month', 'year', 'approximate').chain((precision) => {
  const startForm = precision === 'approximate' ? anyForm : fc.constant(FORM_OF[precision]);
  const endForm = precision === 'approximate' ? anyForm : fc.constant(FORM_OF[precision]);
  return fc
    .tuple(startForm.chain(partialDate), fc.option(endForm.chain(partialDate), { nil: undefined }))
    .map(([a, b]) => {
      if (b === undefined) return { start: a, precision };
      // Order by first day so the interval is valid, as the validator requires.
      const [start, end] = naiveDays(a).first <= naiveDays(b).first ? [a, b] : [b, a];
      return { start, end, precision };
    });
});

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(' '));

function eventOf(topicIds: readonly string[]) {
  return fc.record({
    title: text,
    summary: text,
    time: eventTime,
    places: fc.subarray([...PLACES], { minLength: 1 }),
    actors: fc.subarray(ACTORS.map((a) => a.id)),
    topics: fc.subarray([...topicIds]),
    sources: fc.subarray(SOURCES.map((s) => s.id)),
    quotes: fc.array(fc.record({ text, speaker: fc.constantFrom(...ACTORS.map((a) => a.id)) }), {
      maxLength: 2,
    }),
  });
}

type RawEvent = ReturnType<typeof eventOf> extends fc.Arbitrary<infer T> ? T : never;

/** A corpus of up to 30 events over 1–40 topics (more than 32 spills into a second mask word). */
const corpus = fc.integer({ min: 1, max: 40 }).chain((topicCount) => {
  const topicIds = Array.from({ length: topicCount }, (_, i) => `t${i}`);
  return fc.record({ topicIds: fc.constant(topicIds), raw: fc.array(eventOf(topicIds), { maxLength: 30 }) });
});

function toEvents(raw: readonly RawEvent[]): NewsEvent[] {
  return raw.map((r, i) => ({
    id: `e${i}`,
    title: r.title || `Event ${i}`,
    summary: r.summary,
    time: r.time,
    status: 'occurred',
    places: r.places.map((p) => ({ place: p.id, role: 'venue' })),
    actors: r.actors,
    topics: r.topics,
    quotes: r.quotes.map((q) => ({ text: q.text, speaker: q.speaker, source: r.sources[0] ?? 'source-0' })),
    sources: r.sources,
    related: [],
  }));
}

function contextFor(topicIds: readonly string[]): IndexContext {
  return {
    topics: topicIds.map((id) => ({ id })),
    actors: new Map(ACTORS.map((a) => [a.id, a])),
    sources: new Map(SOURCES.map((s) => [s.id, s])),
    places: new Map(PLACES.map((p) => [p.id, p])),
  };
}

/** Window ends: any day, or a day at (or next to) a month edge, where off-by-one bugs live. */
const day = fc.oneof(
  fc.integer({ min: Date.UTC(1998, 11, 1) / DAY_MS, max: Date.UTC(2004, 1, 1) / DAY_MS }),
  fc
    .record({
      y: fc.integer({ min: 1999, max: 2003 }),
      m: fc.integer({ min: 0, max: 12 }),
      shift: fc.integer({ min: -1, max: 1 }),
    })
    .map(({ y, m, shift }) => Date.UTC(y, m, 1) / DAY_MS + shift),
);

function queryOf(topicIds: readonly string[]): fc.Arbitrary<EventQuery> {
  const queryWords = [
    ...WORDS,
    ...PLACES.flatMap((p) => [p.name, ...p.aliases]),
    ...ACTORS.map((a) => a.name.split(' ')[0] ?? ''),
    'zz',
    'MONDE',
    'é',
  ];
  return fc.record({
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    topics: fc.oneof(fc.constant(null), fc.constant([]), fc.subarray([...topicIds, 'unknown-topic'])),
    actors: fc.subarray([...ACTORS.map((a) => a.id), 'unknown-actor'], { maxLength: 2 }),
    outlets: fc.subarray([...new Set(OUTLETS.map(slugify)), 'unknown-outlet'], { maxLength: 2 }),
    outletMatch: fc.constantFrom('any', 'all', 'only'),
    text: fc.oneof(
      fc.constant(''),
      fc.array(fc.constantFrom(...queryWords), { minLength: 1, maxLength: 2 }).map((ws) => ws.join('  ')),
    ),
  });
}

const scenario = corpus.chain(({ topicIds, raw }) =>
  fc.record({
    topicIds: fc.constant(topicIds),
    events: fc.constant(toEvents(raw)),
    query: queryOf(topicIds),
  }),
);

describe('queryEvents and queryFacets against a naive filter', () => {
  it('queryEvents returns exactly the naive matches, in index order', () => {
    fc.assert(
      fc.property(scenario, ({ topicIds, events, query }) => {
        const ctx = contextFor(topicIds);
        const index = buildEventIndex(events, ctx);
        expect([...queryEvents(index, query)]).toEqual(naiveQuery(index, query, ctx));
      }),
      { numRuns: RUNS },
    );
  });

  it('queryFacets counts each facet with the other facets applied', () => {
    fc.assert(
      fc.property(scenario, ({ topicIds, events, query }) => {
        const ctx = contextFor(topicIds);
        const index = buildEventIndex(events, ctx);
        const facets = queryFacets(index, query);
        const naive = naiveFacets(index, query, ctx);
        expect(Object.fromEntries(facets.topics)).toEqual(Object.fromEntries(naive.topics));
        expect(Object.fromEntries(facets.actors)).toEqual(Object.fromEntries(naive.actors));
        expect(Object.fromEntries(facets.outlets)).toEqual(Object.fromEntries(naive.outlets));
      }),
      { numRuns: RUNS },
    );
  });

  it('sorts events by start day, then end day, then input order', () => {
    fc.assert(
      fc.property(scenario, ({ topicIds, events }) => {
        const index = buildEventIndex(events, contextFor(topicIds));
        const keys = index.events.map((e) => ({ ...naiveInterval(e), input: events.indexOf(e) }));
        const sorted = [...keys].sort((a, b) => a.start - b.start || a.end - b.end || a.input - b.input);
        expect(keys).toEqual(sorted);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
