// An event's references to other records. A reference that does not resolve is reported and left out,
// and the event still loads as long as it keeps what it cannot do without: a place, a topic and a
// source. So one bad source (or a duplicated id) costs the events citing it that citation, not the events.
import type { NewsEvent } from '../types';
import { NO_ITEMS } from './reader';

export interface KnownIds {
  readonly placeIds: ReadonlySet<string>;
  readonly topicIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly actorIds: ReadonlySet<string>;
  /** Ids (or labels) of every event record read, loaded or not. */
  readonly events: ReadonlySet<string>;
}

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** Whether every reference of `e` resolves (the usual case: checked without making anything). */
function allResolve(e: NewsEvent, known: KnownIds): boolean {
  for (const p of e.places) if (!known.placeIds.has(p.place)) return false;
  for (const id of e.topics) if (!known.topicIds.has(id)) return false;
  for (const id of e.sources) if (!known.sourceIds.has(id)) return false;
  for (const id of e.actors) if (!known.actorIds.has(id)) return false;
  for (const q of e.quotes)
    if (!known.actorIds.has(q.speaker) || !known.sourceIds.has(q.source) || !e.sources.includes(q.source))
      return false;
  for (const rel of e.related) if (rel.event === e.id || !known.events.has(rel.event)) return false;
  return e.places.length > 0 && e.topics.length > 0 && e.sources.length > 0;
}

/** The event with its unresolved references left out, or no value when a required list ends up empty. */
export function resolveEvent(
  e: NewsEvent,
  known: KnownIds,
  placesFile: string,
): { value?: NewsEvent; problems: readonly FieldProblem[] } {
  // An import checks 100k events here: those that resolve cost no list, closure or message.
  if (allResolve(e, known)) return { value: e, problems: NO_ITEMS };
  const problems: FieldProblem[] = [];
  const keep = <T>(items: readonly T[], check: (item: T, i: number) => FieldProblem | null): T[] =>
    items.filter((item, i) => {
      const problem = check(item, i);
      if (problem) problems.push(problem);
      return problem === null;
    });
  const ref = (field: string, id: string, ids: ReadonlySet<string>, what: string) =>
    ids.has(id) ? null : { field, message: `expected ${what}, got "${id}"` };

  const places = keep(e.places, (p, i) =>
    ref(`places[${i}].place`, p.place, known.placeIds, `a place id from ${placesFile}`),
  );
  const topics = keep(e.topics, (id, i) => ref(`topics[${i}]`, id, known.topicIds, 'a topic id'));
  const sources = keep(e.sources, (id, i) => ref(`sources[${i}]`, id, known.sourceIds, 'a source id'));
  const actors = keep(e.actors, (id, i) => ref(`actors[${i}]`, id, known.actorIds, 'an actor id'));
  const quotes = keep(
    e.quotes,
    (q, i) =>
      ref(`quotes[${i}].speaker`, q.speaker, known.actorIds, 'an actor id') ??
      (sources.includes(q.source)
        ? null
        : {
            field: `quotes[${i}].source`,
            message: `expected one of this event's sources (${sources.join(', ')}), got "${q.source}"`,
          }),
  );
  const related = keep(e.related, (rel, i) =>
    rel.event === e.id
      ? { field: `related[${i}].event`, message: 'expected another event, got the event itself' }
      : ref(`related[${i}].event`, rel.event, known.events, 'an event id'),
  );

  const missing = Object.entries({ places, topics, sources }).filter(([, list]) => list.length === 0);
  if (missing.length > 0) {
    for (const [field] of missing)
      problems.push({ field, message: 'no entry left that resolves, so the event is not loaded' });
    return { problems };
  }
  if (problems.length === 0) return { value: e, problems };
  return { value: { ...e, places, topics, sources, actors, quotes, related }, problems };
}
