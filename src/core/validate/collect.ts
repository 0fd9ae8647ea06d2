// Reading one collection of a corpus file (places, sources, events…) record by record: each good record
// kept with its position, every problem noted in order, and duplicate ids refused by name. An import
// feeds the same collectors record by record as it makes them (RecordCollector).
import type { NewsEvent, Place, Problem, Source } from '../types';
import { readOwnPlace } from './own';
import { isObject, type JsonObject, RecordReader, show } from './reader';
import { readEvent, readSource } from './records';

export interface InputFile {
  /** Path shown in problems, e.g. "data/corpus.json". */
  readonly file: string;
  readonly json: unknown;
}

export interface CollectedRecords {
  readonly places: RecordCollector<Place>;
  readonly sources: RecordCollector<Source>;
  readonly events: RecordCollector<NewsEvent>;
}

/** Collectors for an import to fill with the records it makes (CorpusInput.collected). */
export function recordCollectors(
  file: string,
  /** The caller gives each record an id no other record of its list has (CorpusBuilder does). */
  idsUnique = false,
): CollectedRecords {
  return {
    places: new RecordCollector(file, readOwnPlace, idsUnique),
    sources: new RecordCollector(file, readSource, idsUnique),
    events: new RecordCollector(file, readEvent, idsUnique),
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
  /** The good records, in order, and the position of each in its list (no object per record). */
  readonly values: T[] = [];
  readonly indexes: number[] = [];
  readonly problems: Problem[] = [];
  /** True once a label was seen twice: only then can two good records share an id (uniqueIds). */
  repeated = false;
  private index = 0;
  private fields: RecordReader | null = null;
  /** Every label, in order, while the set of them is not made (ids promised unique: made when asked). */
  private labels: string[] | null;
  private labelSet: Set<string> | null;

  constructor(
    readonly file: string,
    private readonly reader: Reader<T>,
    /**
     * The caller promises no two records share an id: no label can repeat, so the set of labels is made
     * only if someone asks for it (an import's 100k–200k ids per list, otherwise hashed for nothing).
     */
    idsUnique = false,
  ) {
    this.labels = idsUnique ? [] : null;
    this.labelSet = idsUnique ? null : new Set();
  }

  /** Every label seen (a good record's id, else its id or #position). */
  get seen(): ReadonlySet<string> {
    this.labelSet ??= new Set(this.labels);
    this.labels = null;
    return this.labelSet;
  }

  private see(label: string): void {
    if (this.labels) this.labels.push(label);
    else {
      const seen = this.labelSet as Set<string>;
      const before = seen.size;
      seen.add(label);
      if (seen.size === before) this.repeated = true;
    }
  }

  /**
   * Takes a record as it is, unread: one `made.ts` accepted as its reader's own result (an import's
   * record, made and checked by this app). Counted, labelled and kept as `add` keeps a good record.
   */
  accept(value: T): T {
    const index = this.index++;
    this.see(value.id);
    this.values.push(value);
    this.indexes.push(index);
    return value;
  }

  /** Reads one record; its value when it is good (its id may still turn out to be a duplicate). */
  add(entry: unknown): T | undefined {
    const index = this.index++;
    const label = recordLabel(entry, index);
    this.see(label);
    if (!isObject(entry)) {
      this.problems.push({
        file: this.file,
        record: label,
        field: '(record)',
        message: `expected an object, got ${show(entry)}`,
      });
      return undefined;
    }
    // One reader for the collection, and nothing spread or copied per record: an import runs this 100k
    // times. (The readers keep nothing of it: its problems are copied out below.)
    this.fields ??= new RecordReader(this.file, label, entry);
    const r = this.fields.reuse(label, entry);
    const value = this.reader(r, entry);
    for (const p of r.problems) this.problems.push(p);
    for (const p of r.dropped) this.problems.push(p);
    if (value) {
      this.values.push(value);
      this.indexes.push(index);
    }
    return value;
  }
}

export function readCollection<T extends { id: string }>(
  input: InputFile,
  key: string,
  read: Reader<T>,
  problems: Problem[],
  collected?: RecordCollector<T>,
): { records: T[]; readonly seen: ReadonlySet<string> } {
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
  // A good record's label is its id: with no label seen twice, no id is, and no set of ids is needed.
  const records = from.repeated
    ? uniqueIds(input.file, key, from.values, from.indexes, problems)
    : from.values;
  const source = from;
  // Asked for only when an event names related events (the set may not be made yet: RecordCollector).
  return {
    records,
    get seen() {
      return source.seen;
    },
  };
}

/**
 * A duplicate id is an error naming every record that uses it, and none of them is trusted: the first
 * one winning would let an impostor placed earlier (a `paris` at 0,0) move every event that cites it.
 */
function uniqueIds<T extends { id: string }>(
  file: string,
  key: string,
  values: readonly T[],
  indexes: readonly number[],
  problems: Problem[],
): T[] {
  // Most collections have no duplicate: one set tells, and the records are kept as they are.
  const ids = new Set<string>();
  for (const value of values) ids.add(value.id);
  if (ids.size === values.length) return [...values];
  const records: T[] = [];
  const indexesById = new Map<string, number | number[]>();
  values.forEach((value, k) => {
    const index = indexes[k] as number;
    const before = indexesById.get(value.id);
    indexesById.set(
      value.id,
      before === undefined ? index : [...(typeof before === 'number' ? [before] : before), index],
    );
  });
  values.forEach((value, k) => {
    const index = indexes[k] as number;
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
  });
  return records;
}
