// Field readers for one record of unknown JSON. Each read either returns a typed value or records a
// problem naming file, record and field, and returns undefined. Readers never throw.
import type { Problem } from '../types';

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, printable rendering of a bad value for a problem message. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * One empty list for every record that has nothing in a list (an import makes 100k events, most with no
 * quotes and no relations): frozen, so no one can add to it; JSON writes it as [].
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);
/** Defaults made once, not per read (an import reads millions of fields). */
const NO_OPTIONS = Object.freeze({});

export class RecordReader {
  readonly problems: Problem[] = [];
  /** Bad optional values that were dropped: reported like problems, but the record is kept. */
  readonly dropped: Problem[] = [];

  constructor(
    readonly file: string,
    /** The record being read (`reuse` moves the reader on to the next one). */
    public record: string,
    public value: JsonObject,
  ) {}

  /** Reads another record with this reader: one reader per collection, not one per record. */
  reuse(record: string, value: JsonObject): this {
    this.record = record;
    this.value = value;
    this.problems.length = 0;
    this.dropped.length = 0;
    return this;
  }

  fail(field: string, message: string): undefined {
    this.problems.push({ file: this.file, record: this.record, field, message });
    return undefined;
  }

  /** A bad optional value: reported, left out, and the record still loads. */
  drop(field: string, message: string): undefined {
    this.dropped.push({ file: this.file, record: this.record, field, message: `${message}; field ignored` });
    return undefined;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Reads `path` (a field of the record or of a nested object already read). */
  string(
    obj: JsonObject,
    key: string,
    path: string,
    opts: { optional?: boolean | 'drop-if-bad'; pattern?: RegExp; what?: string } = NO_OPTIONS,
  ): string | undefined {
    const raw = obj[key];
    if (raw === undefined && opts.optional) return undefined;
    // An optional field that is present but bad is dropped (and reported) when the record means the
    // same without it (a source without its link); otherwise the record is rejected.
    // (Picked per failure, not a bound function per read: this runs for every field of every row.)
    const drop = opts.optional === 'drop-if-bad';
    if (typeof raw !== 'string' || raw.trim() === '') {
      const message = `expected ${opts.what ?? 'a non-empty string'}, got ${raw === undefined ? 'nothing' : show(raw)}`;
      return drop ? this.drop(path, message) : this.fail(path, message);
    }
    if (opts.pattern && !opts.pattern.test(raw)) {
      const message = `expected ${opts.what ?? `text matching ${opts.pattern}`}, got ${show(raw)}`;
      return drop ? this.drop(path, message) : this.fail(path, message);
    }
    return raw;
  }

  oneOf<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[]): T | undefined {
    const raw = obj[key];
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    return this.fail(
      path,
      `expected one of ${allowed.join(', ')}, got ${raw === undefined ? 'nothing' : show(raw)}`,
    );
  }

  number(obj: JsonObject, key: string, path: string, min: number, max: number): number | undefined {
    const raw = obj[key];
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < min || raw > max) {
      return this.fail(
        path,
        `expected a number from ${min} to ${max}, got ${raw === undefined ? 'nothing' : show(raw)}`,
      );
    }
    return raw;
  }

  array(
    obj: JsonObject,
    key: string,
    path: string,
    opts: { optional?: boolean; nonEmpty?: boolean } = NO_OPTIONS,
  ): readonly unknown[] | undefined {
    const raw = obj[key];
    if (raw === undefined && opts.optional) return NO_ITEMS;
    if (!Array.isArray(raw))
      return this.fail(path, `expected an array, got ${raw === undefined ? 'nothing' : show(raw)}`);
    if (opts.nonEmpty && raw.length === 0)
      return this.fail(path, 'expected at least one entry, got an empty array');
    return raw;
  }

  /** An array of non-empty strings; bad entries are reported by index. */
  strings(
    obj: JsonObject,
    key: string,
    path: string,
    opts: { optional?: boolean; nonEmpty?: boolean } = NO_OPTIONS,
  ): string[] | undefined {
    const raw = this.array(obj, key, path, opts);
    if (!raw) return undefined;
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const entry = raw[i];
      if (typeof entry === 'string' && entry.trim() !== '') out.push(entry);
      else this.fail(`${path}[${i}]`, `expected a non-empty string, got ${show(entry)}`);
    }
    return out;
  }

  object(raw: unknown, path: string): JsonObject | undefined {
    if (isObject(raw)) return raw;
    return this.fail(path, `expected an object, got ${show(raw)}`);
  }

  /** Reports fields the format does not define, so typos ("sumary") do not pass silently. */
  noExtra(obj: JsonObject, allowed: readonly string[], prefix = ''): void {
    // for…in, not Object.keys: no array per record (JSON objects have no inherited enumerable keys).
    for (const key in obj) {
      if (!Object.hasOwn(obj, key)) continue;
      if (!allowed.includes(key))
        this.fail(prefix + key, `unknown field; expected only ${allowed.join(', ')}`);
    }
  }
}
