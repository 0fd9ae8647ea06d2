// validateCorpus: unknown JSON in, a frozen Corpus of the good records plus a list of problems out.
// A bad record is dropped with a problem naming file, record and field; it never stops the others.
import { isLazyList } from '../event-texts';
import type { Actor, Corpus, NewsEvent, Place, Problem, Source, Topic, Validated } from '../types';
import { type CollectedRecords, type InputFile, type RecordCollector, readCollection } from './collect';
import { readOwnPlace } from './own';
import { isObject } from './reader';
import { readActor, readEvent, readPlace, readSource, readTopic } from './records';
import { resolveEvent } from './references';

export type { InputFile };

export interface CorpusInput {
  readonly corpus: InputFile;
  readonly places: InputFile;
  /** Boundary ids in geo/; when given, places' `boundary` must be one of them. */
  readonly boundaryIds?: ReadonlySet<string>;
  /**
   * The corpus's own places, sources and events, already read record by record as they were made
   * (an import); they stand for those lists of `corpus.json`. The result is the same as reading them here.
   */
  readonly collected?: CollectedRecords;
  /**
   * With `collected`: every id its records name (an event's places, topics, actors and sources, a
   * source's dateline) is one of the corpus's own records or a place of `places`; only an event's
   * `related` may name something else (CorpusBuilder). Then, when no record was refused or changed,
   * every such reference resolves, and is not looked up one by one.
   */
  readonly referencesMade?: boolean;
  /**
   * False: the records are returned unfrozen. Only for a corpus its caller never hands out (the corpus
   * worker's own copy of an import, read there and sent on as text): freezing 100k rows' million
   * objects took about 0.2 s of the way to the map.
   */
  readonly freeze?: boolean;
}

/** Keeps the records whose references all resolve; reports each one that does not. */
function keepResolved<T extends { id: string }>(
  file: string,
  records: T[],
  check: (record: T, fail: (field: string, message: string) => void) => void,
  problems: Problem[],
): T[] {
  return records.filter((record) => {
    let ok = true;
    check(record, (field, message) => {
      ok = false;
      problems.push({ file, record: record.id, field, message });
    });
    return ok;
  });
}

export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || isLazyList(value))
    return value;
  Object.freeze(value);
  // Walked without Object.values: no array per object (a 100k-row import freezes a million objects).
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else
    for (const key in value)
      if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/** The event without its relations to events that were not loaded. */
function withKept(e: NewsEvent, kept: ReadonlySet<string>): NewsEvent {
  for (const rel of e.related)
    if (!kept.has(rel.event)) return { ...e, related: e.related.filter((r) => kept.has(r.event)) };
  return e;
}

/** A corpus's own places (optional `places` list); an id the gazetteer already has is refused. */
function ownPlaces(
  input: InputFile,
  gazetteer: readonly Place[],
  problems: Problem[],
  collected?: RecordCollector<Place>,
): Place[] {
  if (!collected && (!isObject(input.json) || input.json.places === undefined)) return [];
  const taken = new Set(gazetteer.map((p) => p.id));
  return readCollection<Place>(input, 'places', readOwnPlace, problems, collected).records.filter((p) => {
    if (!taken.has(p.id)) return true;
    problems.push({
      file: input.file,
      record: p.id,
      field: 'id',
      message: `expected an id the gazetteer does not use; "${p.id}" is a gazetteer place, so this one is not loaded`,
    });
    return false;
  });
}

export function validateCorpus(input: CorpusInput): Validated<Corpus> {
  const problems: Problem[] = [];
  const placesFile = input.places.file;
  const file = input.corpus.file;
  for (const [inp, keys] of [
    [input.corpus, ['sources', 'topics', 'actors', 'events']],
    [input.places, ['places']],
  ] as const) {
    if (!isObject(inp.json))
      problems.push({
        file: inp.file,
        record: '(file)',
        field: '(root)',
        message: `expected an object with ${keys.join(', ')}`,
      });
  }

  const gazetteer = readCollection<Place>(input.places, 'places', readPlace, problems).records;
  const rawPlaces = [...gazetteer, ...ownPlaces(input.corpus, gazetteer, problems, input.collected?.places)];
  const countryIds = new Set(rawPlaces.filter((p) => p.kind === 'country').map((p) => p.id));
  const places = keepResolved(
    placesFile,
    rawPlaces,
    (p, fail) => {
      if (p.country !== undefined && !countryIds.has(p.country))
        fail('country', `expected the id of a country place, got "${p.country}"`);
      if (p.boundary !== undefined && !p.geometry && input.boundaryIds && !input.boundaryIds.has(p.boundary))
        fail('boundary', `expected a boundary id in geo/boundaries.topo.json, got "${p.boundary}"`);
    },
    problems,
  );
  let placeIdSet: Set<string> | null = null;
  const placeIds = () => {
    placeIdSet ??= new Set(places.map((p) => p.id));
    return placeIdSet;
  };
  const placeRef = (id: string) =>
    placeIds().has(id) ? null : `expected a place id from ${placesFile}, got "${id}"`;
  // Made references all resolve while nothing has been refused (or changed) so far.
  const madeReferencesHold = () =>
    input.collected !== undefined && input.referencesMade === true && !problems.length;

  const topics = readCollection<Topic>(input.corpus, 'topics', readTopic, problems).records;
  const sourcesRead = readCollection<Source>(
    input.corpus,
    'sources',
    readSource,
    problems,
    input.collected?.sources,
  ).records;
  const sources = madeReferencesHold()
    ? sourcesRead
    : keepResolved(
        file,
        sourcesRead,
        (s, fail) => {
          const bad = s.dateline === undefined ? null : placeRef(s.dateline);
          if (bad) fail('dateline', bad);
        },
        problems,
      );
  const actors = keepResolved(
    file,
    readCollection<Actor>(input.corpus, 'actors', readActor, problems).records,
    (a, fail) => {
      if (a.country !== undefined && (!countryIds.has(a.country) || !placeIds().has(a.country)))
        fail('country', `expected the id of a country place, got "${a.country}"`);
    },
    problems,
  );

  const eventsRead = readCollection<NewsEvent>(
    input.corpus,
    'events',
    readEvent,
    problems,
    input.collected?.events,
  );
  if (madeReferencesHold() && eventsRead.records.every((e) => e.related.length === 0)) {
    const value = { sources, topics, actors, places, events: eventsRead.records };
    return { value: input.freeze === false ? value : deepFreeze(value), problems };
  }
  const topicIds = new Set(topics.map((t) => t.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const actorIds = new Set(actors.map((a) => a.id));
  // Loops, not flatMap and map with closures: an import runs this over 100k events.
  const known = {
    placeIds: placeIds(),
    topicIds,
    sourceIds,
    actorIds,
    // Read only for an event that names related events.
    get events() {
      return eventsRead.seen;
    },
  };
  const resolved: NewsEvent[] = [];
  for (const e of eventsRead.records) {
    const event = resolveEvent(e, known, placesFile);
    for (const { field, message } of event.problems) problems.push({ file, record: e.id, field, message });
    if (event.value) resolved.push(event.value);
  }
  // A relation to an event that exists but was rejected is dropped: its own problem is already reported.
  const kept = new Set<string>();
  for (const e of resolved) kept.add(e.id);
  const events = resolved.map((e) => withKept(e, kept));

  const value = { sources, topics, actors, places, events };
  return { value: input.freeze === false ? value : deepFreeze(value), problems };
}
