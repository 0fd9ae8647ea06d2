// What the page should show, computed in Node from data/ and geo/ with a naive filter written from
// the documented semantics (not with the app's index), so the browser tests check the real answer.
import { readFileSync } from 'node:fs';
import { eventInterval, parseIsoDay } from '../../src/core/dates';
import { foldText } from '../../src/core/slug';
import type { NewsEvent } from '../../src/core/types';
import { validateCorpus } from '../../src/core/validate';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
export const corpus = validateCorpus({
  corpus: { file: 'data/corpus.json', json: read('data/corpus.json') },
  places: { file: 'geo/places.json', json: read('geo/places.json') },
}).value;

const places = new Map(corpus.places.map((p) => [p.id, p]));
const actors = new Map(corpus.actors.map((a) => [a.id, a]));

export interface NaiveQuery {
  from?: string;
  to?: string;
  topics?: string[];
  text?: string;
}

function haystack(e: NewsEvent): string {
  const parts = [e.title, e.summary, ...e.quotes.flatMap((q) => [q.text, actors.get(q.speaker)?.name ?? ''])];
  for (const id of e.actors) parts.push(actors.get(id)?.name ?? '');
  for (const p of e.places) {
    const place = places.get(p.place);
    if (place) parts.push(place.name, ...place.aliases);
  }
  return foldText(parts.join('\n'));
}

/** Events an event-filter shows: widened interval overlaps the window; any chosen topic; every word. */
export function expectedEvents(q: NaiveQuery): NewsEvent[] {
  const from = q.from ? (parseIsoDay(q.from) ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  const to = q.to ? (parseIsoDay(q.to) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  const words = foldText(q.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return corpus.events.filter((e) => {
    const iv = eventInterval(e.time);
    if (!iv || iv.start > to || iv.end < from) return false;
    if (q.topics && !e.topics.some((t) => q.topics?.includes(t))) return false;
    const text = haystack(e);
    return words.every((w) => text.includes(w));
  });
}

/** How many of these events name a place drawn by the given boundary. */
export function eventsInArea(events: NewsEvent[], boundary: string): number {
  return events.filter((e) => e.places.some((p) => places.get(p.place)?.boundary === boundary)).length;
}

/**
 * The colour an area is shaded in: the topic most of these events in it have first (ties go to the
 * topic listed first in the corpus); undefined when none of them is in the area.
 */
export function expectedAreaColor(events: readonly NewsEvent[], boundary: string): string | undefined {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.places.some((p) => places.get(p.place)?.boundary === boundary)) continue;
    const first = e.topics[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: { color: string; count: number } | undefined;
  for (const t of corpus.topics) {
    const c = counts.get(t.id) ?? 0;
    if (c > 0 && (!best || c > best.count)) best = { color: t.color, count: c };
  }
  return best?.color;
}
