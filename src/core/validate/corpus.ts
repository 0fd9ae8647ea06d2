// validateCorpus: unknown JSON in, a frozen Corpus of the good records plus a list of problems out.
// A bad record is dropped with a problem naming file, record and field; it never stops the others.
import type { Actor, Corpus, NewsEvent, Place, Problem, Source, Topic, Validated } from '../types';
import { readOwnPlace } from './own';
import { isObject, type JsonObject, RecordReader, show } from './reader';
import { readActor, readEvent, readPlace, readSource, readTopic } from './records';
import { resolveEvent } from './references';

export interface InputFile {
  /** Path shown in problems, e.g. "data/corpus.json". */
  readonly file: string;
  readonly json: unknown;
}

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
}

export interface CollectedRecords {
  readonly places: RecordCollector<Place>;
  readonly sources: RecordCollector<Source>;
  readonly events: RecordCollector<NewsEvent>;
}

/** Collectors for an import to fill with the records it makes (CorpusInput.collected). */
export function recordCollectors(file: string): CollectedRecords {
  return {
    places: new RecordCollector(file, readOwnPlace),
    sources: new RecordCollector(file, readSource),
    events: new RecordCollector(file, readEvent),
  };
}

type Reader<T> = (r: RecordReader, o: JsonObject) => T | undefined;

function recordLabel(raw: unknown, index: number): string {
  const id = isObject(raw) ? raw.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

/**
 * Reads records of one collection one at a time, as readCollection does: each good one is kept with its
 * position, every label is seen, and problems are noted in order. An import feeds it each record as the
 * row that makes it is read (CorpusInput.collected), so only the checked copy stays alive.
 */
export class RecordCollector<T extends { id: string }> {
  readonly read: { value: T; index: number }[] = [];
  readonly seen = new Set<string>();
  readonly problems: Problem[] = [];
  private index = 0;

  constructor(
    readonly file: string,
    private readonly reader: Reader<T>,
  ) {}

  /** Reads one record; its value when it is good (its id may still turn out to be a duplicate). */
  add(entry: unknown): T | undefined {
    const index = this.index++;
    const label = recordLabel(entry, index);
    this.seen.add(label);
    if (!isObject(entry)) {
      this.problems.push({
        file: this.file,
        record: label,
        field: '(record)',
        message: `expected an object, got ${show(entry)}`,
      });
      return undefined;
    }
    // One reader per record, and nothing spread or copied per record: an import runs this 100k times.
    const r = new RecordReader(this.file, label, entry);
    const value = this.reader(r, entry);
    for (const p of r.problems) this.problems.push(p);
    for (const p of r.dropped) this.problems.push(p);
    if (value) this.read.push({ value, index });
    return value;
  }
}

export function readCollection<T extends { id: string }>(
  input: InputFile,
  key: string,
  read: Reader<T>,
  problems: Problem[],
  collected?: RecordCollector<T>,
): { records: T[]; seen: Set<string> } {
  let from = collected;
  if (!from) {
    const raw = isObject(input.json) ? input.json[key] : undefined;
    if (!Array.isArray(raw)) {
      problems.push({
        file: input.file,
        record: '(file)',
        field: key,
        message: `expected an array of ${key}, got ${raw === undefined ? 'nothing' : show(raw)}`,
      });
      return { records: [], seen: new Set() };
    }
    from = new RecordCollector(input.file, read);
    for (const entry of raw as unknown[]) from.add(entry);
  }
  for (const p of from.problems) problems.push(p);
  return { records: uniqueIds(input.file, key, from.read, problems), seen: from.seen };
}

/**
 * A duplicate id is an error naming every record that uses it, and none of them is trusted: the first
 * one winning would let an impostor placed earlier (a `paris` at 0,0) move every event that cites it.
 */
function uniqueIds<T extends { id: string }>(
  file: string,
  key: string,
  read: readonly { value: T; index: number }[],
  problems: Problem[],
): T[] {
  // Most collections have no duplicate: one set tells, and the records are kept as they are.
  const ids = new Set<string>();
  for (const { value } of read) ids.add(value.id);
  if (ids.size === read.length) return read.map((r) => r.value);
  const records: T[] = [];
  const indexesById = new Map<string, number | number[]>();
  for (const { value, index } of read) {
    const before = indexesById.get(value.id);
    indexesById.set(
      value.id,
      before === undefined ? index : [...(typeof before === 'number' ? [before] : before), index],
    );
  }
  for (const { value, index } of read) {
    const all = indexesById.get(value.id) ?? [];
    if (typeof all === 'number') records.push(value);
    else {
      const others = all.filter((i) => i !== index).map((i) => `${key} #${i}`);
      problems.push({
        file,
        record: `${value.id} (#${index})`,
        field: 'id',
        message: `expected a unique id; "${value.id}" is also used by ${others.join(', ')}, so none of them is loaded`,
      });
    }
  }
  return records;
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
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Walked without Object.values: no array per object (a 100k-row import freezes a million objects).
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else
    for (const key in value)
      if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
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
  const placeIds = new Set(places.map((p) => p.id));
  const placeRef = (id: string) =>
    placeIds.has(id) ? null : `expected a place id from ${placesFile}, got "${id}"`;

  const topics = readCollection<Topic>(input.corpus, 'topics', readTopic, problems).records;
  const sources = keepResolved(
    file,
    readCollection<Source>(input.corpus, 'sources', readSource, problems, input.collected?.sources).records,
    (s, fail) => {
      const bad = placeRef(s.dateline);
      if (bad) fail('dateline', bad);
    },
    problems,
  );
  const actors = keepResolved(
    file,
    readCollection<Actor>(input.corpus, 'actors', readActor, problems).records,
    (a, fail) => {
      if (a.country !== undefined && (!countryIds.has(a.country) || !placeIds.has(a.country)))
        fail('country', `expected the id of a country place, got "${a.country}"`);
    },
    problems,
  );

  const topicIds = new Set(topics.map((t) => t.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const eventsRead = readCollection<NewsEvent>(
    input.corpus,
    'events',
    readEvent,
    problems,
    input.collected?.events,
  );
  const resolved = eventsRead.records.flatMap((e) => {
    const event = resolveEvent(
      e,
      { placeIds, topicIds, sourceIds, actorIds, events: eventsRead.seen },
      placesFile,
    );
    for (const { field, message } of event.problems) problems.push({ file, record: e.id, field, message });
    return event.value ? [event.value] : [];
  });
  // A relation to an event that exists but was rejected is dropped: its own problem is already reported.
  const kept = new Set(resolved.map((e) => e.id));
  const events = resolved.map((e) =>
    e.related.every((rel) => kept.has(rel.event))
      ? e
      : { ...e, related: e.related.filter((rel) => kept.has(rel.event)) },
  );

  return { value: deepFreeze({ sources, topics, actors, places, events }), problems };
}
