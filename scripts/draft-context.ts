// What the drafter knows besides the article: the gazetteer and, from data/corpus.json, the
// dataset's actors, events and topics. Shared by the draft CLI, the evaluation and the bench.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftOptions } from '../src/core/draft';
import { type Gazetteer, parseGazetteer } from '../src/core/gazetteer';

const ROOT = join(import.meta.dirname, '..');

export function loadGazetteer(): Gazetteer {
  const file = join(ROOT, 'geo', 'gazetteer.json');
  const { value, issues } = parseGazetteer(JSON.parse(readFileSync(file, 'utf8')), file);
  if (issues.length > 0) throw new Error(issues[0]);
  return value;
}

interface CorpusJson {
  actors?: { id: string; name: string; country?: string }[];
  topics?: { id: string; label: string; description?: string }[];
  events?: {
    id: string;
    time: { start: string; end?: string };
    places: { place: string }[];
    actors: string[];
  }[];
}

/** Pads a partial ISO date ("2008", "2008-11") to its first or last day. */
export function dayBound(partial: string, last: boolean): string {
  if (partial.length >= 10) return partial.slice(0, 10);
  if (partial.length === 7) {
    const [y, m] = partial.split('-').map(Number) as [number, number];
    return last ? new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) : `${partial}-01`;
  }
  return last ? `${partial}-12-31` : `${partial}-01-01`;
}

/** Words of a topic's label and description longer than 4 letters, as hints. */
const hintWords = (text: string) => [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];

export function loadDataset(file = join(ROOT, 'data', 'corpus.json')): DraftOptions {
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as CorpusJson;
  return {
    actors: corpus.actors ?? [],
    topics: (corpus.topics ?? []).map((t) => ({ id: t.id, words: hintWords(t.label) })),
    events: (corpus.events ?? []).map((e) => ({
      id: e.id,
      places: e.places.map((p) => p.place),
      start: dayBound(e.time.start, false),
      end: dayBound(e.time.end ?? e.time.start, true),
      actors: e.actors,
    })),
  };
}
