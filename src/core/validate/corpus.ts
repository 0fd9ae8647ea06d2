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
}

type Reader<T> = (r: RecordReader, o: JsonObject) => T | undefined;

function recordLabel(raw: unknown, index: number): string {
  const id = isObject(raw) ? raw.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

export function readCollection<T extends { id: string }>(
  input: InputFile,
  key: string,
  read: Reader<T>,
  problems: Problem[],
): { records: T[]; seen: Set<string> } {
  const records: T[] = [];
  const seen = new Set<string>();
  const raw = isObject(input.json) ? input.json[key] : undefined;
  if (!Array.isArray(raw)) {
    problems.push({
      file: input.file,
      record: '(file)',
      field: key,
      message: `expected an array of ${key}, got ${raw === undefined ? 'nothing' : show(raw)}`,
    });
    return { records, seen };
  }
  const read_: { value: T; index: number }[] = [];
  // One reader per record, and nothing spread or copied per record: an import runs this 100k times.
  for (let index = 0; index < raw.length; index++) {
    const entry: unknown = raw[index];
    const label = recordLabel(entry, index);
    if (isObject(entry)) {
      const r = new RecordReader(input.file, label, entry);
      const value = read(r, entry);
      for (const p of r.problems) problems.push(p);
      for (const p of r.dropped) problems.push(p);
      if (value) read_.push({ value, index });
    } else
      problems.push({
        file: input.file,
        record: label,
        field: '(record)',
        message: `expected an object, got ${show(entry)}`,
      });
    seen.add(label);
  }
  // A duplicate id is an error naming every record that uses it, and none of them is trusted: the first
  // one winning would let an impostor placed earlier (a `paris` at 0,0) move every event that cites it.
  const indexesById = new Map<string, number | number[]>();
  for (const { value, index } of read_) {
    const before = indexesById.get(value.id);
    indexesById.set(
      value.id,
      before === undefined ? index : [...(typeof before === 'number' ? [before] : before), index],
    );
  }
  for (const { value, index } of read_) {
    const all = indexesById.get(value.id) ?? [];
    if (typeof all === 'number') records.push(value);
    else {
      const others = all.filter((i) => i !== index).map((i) => `${key} #${i}`);
      problems.push({
        file: input.file,
        record: `${value.id} (#${index})`,
        field: 'id',
        message: `expected a unique id; "${value.id}" is also used by ${others.join(', ')}, so none of them is loaded`,
      });
    }
  }
  return { records, seen };
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
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A corpus's own places (optional `places` list); an id the gazetteer already has is refused. */
function ownPlaces(input: InputFile, gazetteer: readonly Place[], problems: Problem[]): Place[] {
  if (!isObject(input.json) || input.json.places === undefined) return [];
  const taken = new Set(gazetteer.map((p) => p.id));
  return readCollection<Place>(input, 'places', readOwnPlace, problems).records.filter((p) => {
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
  const rawPlaces = [...gazetteer, ...ownPlaces(input.corpus, gazetteer, problems)];
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
    readCollection<Source>(input.corpus, 'sources', readSource, problems).records,
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
  const eventsRead = readCollection<NewsEvent>(input.corpus, 'events', readEvent, problems);
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
