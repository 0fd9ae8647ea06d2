// A hand-made corpus for timeline tests: two topics, one place, events given by date only.
import { parseIsoDay } from '../../../src/core/dates';
import { buildCorpusModel, type CorpusModel } from '../../../src/core/model';
import type { Corpus, NewsEvent, Precision, Status } from '../../../src/core/types';

export interface EventSpec {
  readonly start: string;
  readonly end?: string;
  readonly precision?: Precision;
  readonly status?: Status;
  readonly topics?: readonly string[];
  readonly title?: string;
}

export function day(text: string): number {
  const n = parseIsoDay(text);
  if (n === null) throw new Error(`bad test date ${text}`);
  return n;
}

export function timelineModel(specs: readonly EventSpec[]): CorpusModel {
  const events: NewsEvent[] = specs.map((s, i) => ({
    id: `e${i}`,
    title: s.title ?? `Event ${i}`,
    summary: 'Something happened.',
    time: { start: s.start, ...(s.end ? { end: s.end } : {}), precision: s.precision ?? 'day' },
    status: s.status ?? 'occurred',
    places: [{ place: 'nice', role: 'venue' }],
    actors: [],
    topics: s.topics ?? ['diplomacy'],
    quotes: [],
    sources: [],
    related: [],
  }));
  const corpus: Corpus = {
    sources: [],
    topics: [
      { id: 'diplomacy', label: 'Diplomacy', color: '#0072b2', description: 'Talks.' },
      { id: 'conflict', label: 'Conflict', color: '#d55e00', description: 'Fighting.' },
    ],
    actors: [],
    places: [{ id: 'nice', name: 'Nice', aliases: [], kind: 'city', lat: 43.7, lon: 7.27 }],
    events,
  };
  return buildCorpusModel(corpus);
}

/** Every position of the model's index. */
export function allPositions(model: CorpusModel): Int32Array {
  return Int32Array.from(model.index.events.keys());
}
