// Seeded benchmark of the event index: build time, and query time for a 1-month, a 1-year and an
// all-time window with two topics, each beside a naive Array.filter over the same records.
// Every run sees the same data (seed 42), so before/after figures compare. Run: npm run bench.
import { existsSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { eventInterval, parseIsoDay } from '../../src/core/dates';
import { buildEventIndex, type IndexContext } from '../../src/core/index/event-index';
import { type EventQuery, queryEvents } from '../../src/core/index/query';
import { syntheticCorpus } from '../../src/core/synthetic';
import type { Corpus, NewsEvent, Place } from '../../src/core/types';

const SIZES = [10_000, 100_000, 1_000_000] as const;
const TOPICS = ['topic-0', 'topic-3'] as const;
const PLACES_FILE = 'geo/places.json';

/** The real gazetteer when present; otherwise a 10° grid of fake countries and cities. */
function loadPlaces(): readonly Place[] {
  if (existsSync(PLACES_FILE)) {
    const json = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { places: Place[] };
    if (json.places.some((p) => p.kind === 'country')) return json.places;
  }
  const grid: Place[] = [];
  for (let lat = -60; lat <= 70; lat += 10) {
    for (let lon = -170; lon <= 170; lon += 10) {
      const id = `p${lat}_${lon}`;
      grid.push({
        id,
        name: `Place ${lat} ${lon}`,
        aliases: [],
        kind: grid.length % 4 === 0 ? 'country' : 'city',
        lat,
        lon,
      });
    }
  }
  return grid;
}

function contextOf(corpus: Corpus): IndexContext {
  return {
    topics: corpus.topics,
    actors: new Map(corpus.actors.map((a) => [a.id, a])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    places: new Map(corpus.places.map((p) => [p.id, p])),
  };
}

/** The naive side gets its widened intervals precomputed, so only the filtering is timed. */
function naiveIntervals(events: readonly NewsEvent[]): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(events.length);
  const end = new Int32Array(events.length);
  events.forEach((e, i) => {
    const interval = eventInterval(e.time);
    start[i] = interval?.start ?? 0;
    end[i] = interval?.end ?? 0;
  });
  return { start, end };
}

const day = (iso: string) => parseIsoDay(iso) ?? 0;
const WINDOWS = [
  { name: '1-month window', from: day('2012-06-01'), to: day('2012-06-30') },
  { name: '1-year window', from: day('2012-01-01'), to: day('2012-12-31') },
  { name: 'all-time window', from: null, to: null },
] as const;

/** Samples per task: enough for a stable median, few enough to keep the file under ~3 minutes on 2 cores. */
function options(size: number, kind: 'build' | 'query') {
  if (kind === 'build')
    return size >= 1_000_000
      ? { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 }
      : { time: 0, iterations: size >= 100_000 ? 5 : 20, warmupTime: 0, warmupIterations: 1 };
  return { time: size >= 1_000_000 ? 1500 : 500, iterations: 10, warmupTime: 100, warmupIterations: 2 };
}

const places = loadPlaces();
const wanted = new Set<string>(TOPICS);

for (const size of SIZES) {
  describe(`${size.toLocaleString('en')} events`, () => {
    // Generated once per size, at collection time, and shared by every task of the size.
    const corpus = syntheticCorpus(places, { events: size, seed: 42 });
    const ctx = contextOf(corpus);
    const index = buildEventIndex(corpus.events, ctx);
    const records = corpus.events;
    const { start, end } = naiveIntervals(records);

    describe('build', () => {
      bench(`buildEventIndex (${size})`, () => void buildEventIndex(records, ctx), options(size, 'build'));
    });

    for (const window of WINDOWS) {
      const query: EventQuery = {
        from: window.from,
        to: window.to,
        topics: TOPICS,
        actors: [],
        outlets: [],
        text: '',
      };
      const from = window.from ?? Number.NEGATIVE_INFINITY;
      const to = window.to ?? Number.POSITIVE_INFINITY;
      const naive = () =>
        records.filter(
          (e, i) => (start[i] ?? 0) <= to && (end[i] ?? 0) >= from && e.topics.some((t) => wanted.has(t)),
        );
      // Both sides must agree, or the comparison means nothing.
      const expected = naive().length;
      const actual = queryEvents(index, query).length;
      if (expected !== actual)
        throw new Error(`${size} ${window.name}: queryEvents found ${actual}, Array.filter ${expected}`);

      describe(`${window.name}, two topics (${actual} matches)`, () => {
        bench(`queryEvents (${size})`, () => void queryEvents(index, query), options(size, 'query'));
        bench(`Array.filter (${size})`, () => void naive(), options(size, 'query'));
      });
    }
  });
}
