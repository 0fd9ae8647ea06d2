// Seeded synthetic corpora for benchmarks and the `?synthetic=N` scale check: N events spread over
// real places from the gazetteer, with a realistic mix of precisions, topics, actors and outlets.
import type { Actor, Corpus, NewsEvent, Place, Precision, Source, Status, Topic } from './types';
import { PLACE_ROLES, STATUSES } from './types';

/** mulberry32: a tiny, fast, seedable PRNG, so every run of a benchmark sees the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Okabe–Ito, colour-blind safe.
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#000000'];
const OUTLETS = [
  'Reuters',
  'AP',
  'AFP',
  'BBC',
  'The New York Times',
  'Le Monde',
  'RT',
  'Al Jazeera',
  'DW',
  'The Guardian',
  'Kyiv Post',
  'TASS',
];
const WORDS = [
  'talks',
  'summit',
  'ceasefire',
  'sanctions',
  'troops',
  'missile',
  'election',
  'treaty',
  'protest',
  'pipeline',
  'border',
  'aid',
  'visit',
  'strike',
  'vote',
];
const PRECISION_MIX: readonly Precision[] = [
  'day',
  'day',
  'day',
  'day',
  'day',
  'day',
  'day',
  'month',
  'month',
  'year',
  'approximate',
];

export interface SyntheticOptions {
  readonly events: number;
  readonly seed?: number;
  /** Years covered, inclusive. */
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly topics?: number;
  readonly actors?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticCorpus(places: readonly Place[], options: SyntheticOptions): Corpus {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fromYear = options.fromYear ?? 2000;
  const years = (options.toYear ?? 2025) - fromYear + 1;
  const topics: Topic[] = Array.from({ length: options.topics ?? 8 }, (_, i) => ({
    id: `topic-${i}`,
    label: `Topic ${i + 1}`,
    color: PALETTE[i % PALETTE.length] ?? '#000000',
    description: `Synthetic topic ${i + 1}.`,
  }));
  const countries = places.filter((p) => p.kind === 'country');
  const actors: Actor[] = Array.from({ length: options.actors ?? 500 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    role: 'Official',
    country: pick(countries).id,
  }));
  const sources: Source[] = OUTLETS.map((outlet, i) => ({
    id: `source-${i}`,
    outlet,
    headline: `${outlet} wire`,
    published: `${fromYear}-01-01`,
    dateline: pick(places).id,
    language: 'en',
  }));
  // Cities draw more events than countries, as in a real wire feed.
  const weighted = [
    ...places,
    ...places.filter((p) => p.kind === 'city'),
    ...places.filter((p) => p.kind === 'city'),
  ];
  const events: NewsEvent[] = new Array(options.events);
  for (let i = 0; i < options.events; i++) {
    const precision = pick(PRECISION_MIX);
    const year = fromYear + Math.floor(random() * years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const start =
      precision === 'year'
        ? `${year}`
        : precision === 'month' || precision === 'approximate'
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const multiDay = precision === 'day' && random() < 0.1;
    const end = multiDay
      ? `${year}-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(random() * 5)))}`
      : undefined;
    const nTopics = random() < 0.7 ? 1 : 2;
    const eventTopics = new Set<string>();
    while (eventTopics.size < nTopics) eventTopics.add(pick(topics).id);
    const nSources = random() < 0.8 ? 1 : 2;
    const eventSources = new Set<string>();
    while (eventSources.size < nSources) eventSources.add(pick(sources).id);
    const place = pick(weighted);
    const word = pick(WORDS);
    events[i] = {
      id: `e${i}`,
      title: `${word[0]?.toUpperCase()}${word.slice(1)} in ${place.name}`,
      summary: `Synthetic event ${i} about ${word} in ${place.name}.`,
      time: { start, precision, ...(end ? { end } : {}) },
      status: random() < 0.8 ? 'occurred' : (pick(STATUSES) as Status),
      places: [
        { place: place.id, role: place.kind === 'city' && random() < 0.5 ? 'venue' : pick(PLACE_ROLES) },
      ],
      actors: [pick(actors).id],
      topics: [...eventTopics],
      quotes: [],
      sources: [...eventSources],
      related:
        i > 0 && random() < 0.02 ? [{ event: `e${Math.floor(random() * i)}`, type: 'response-to' }] : [],
    };
  }
  return { sources, topics, actors, places, events };
}
