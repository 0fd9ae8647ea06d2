// The page's events when a worker holds the dataset: read from their JSON text (src/core/event-texts.ts)
// when something shows them, and kept parsed only while they are in use (the last few thousand read).
// To the rest of the app they are what they always were: `corpus.events` and `index.events` a read-only
// list of events by position, `model.events` a map by id. The list is a Proxy over an empty array, the one
// way to keep `events[p]`, `length`, `slice` and `for…of` working without a million objects behind them.
// Reading every event (an export of all, the drafter's look at a whole dataset) still works, at a few
// microseconds an event; what runs on every filter change never does (it reads typed arrays).
import { findId, type IdTable, markLazyList, type TextChunk, textAt } from './event-texts';
import type { TextsArriving } from './model';
import type { NewsEvent } from './types';
import { deepFreeze } from './validate';

/** Parsed events kept for reuse: more than any view shows at once (a list page, a spot's titles, arcs). */
export const KEPT_PARSED = 4096;

/**
 * Records kept as their JSON text, read one at a time when asked for: the events of a dataset a worker
 * holds, and an import's sources (one or two per row) too. `T` is what each text parses to.
 */
export class EventTexts<T extends object = NewsEvent> {
  private readonly chunks: TextChunk[] = [];
  /** Position of each chunk's first event. */
  private readonly firsts: number[] = [];
  private count = 0;
  private table: IdTable | null = null;
  private readonly parsed = new Map<number, T>();
  private readonly listeners = new Set<() => void>();
  private settle: () => void = () => {};
  /** Settles once every text the id table names is in (src/work/corpus-worker.ts sends them last). */
  readonly complete: Promise<void> = new Promise((resolve) => {
    this.settle = resolve;
  });

  /**
   * How many there are: the id table's count once it is in (the texts may come after it: until then,
   * `at` gives undefined for those not yet in), else the texts received.
   */
  get length(): number {
    return this.table ? this.table.ids.ends.length : this.count;
  }

  /** How many texts are in (at most `length`). */
  get received(): number {
    return this.count;
  }

  /** True when every text is in. */
  get isComplete(): boolean {
    return this.table !== null && this.count >= this.table.ids.ends.length;
  }

  /** The next events' texts, in position order. */
  add(chunk: TextChunk): void {
    this.firsts.push(this.count);
    this.chunks.push(chunk);
    this.count += chunk.ends.length;
    if (this.isComplete) this.settle();
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after each chunk that comes in; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The id table: the ids of every event, in position order, before or after their texts. */
  index(table: IdTable): void {
    this.table = table;
    if (this.isComplete) this.settle();
  }

  private chunkOf(position: number): number {
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.firsts[mid] ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The event at `position` (frozen, the same object while it stays in use), or undefined. */
  at(position: number): T | undefined {
    // Not in yet (the texts come after the id table), or out of range.
    if (!Number.isInteger(position) || position < 0 || position >= this.count) return undefined;
    const kept = this.parsed.get(position);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.parsed.delete(position);
      this.parsed.set(position, kept);
      return kept;
    }
    const c = this.chunkOf(position);
    const event = deepFreeze(
      JSON.parse(textAt(this.chunks[c] as TextChunk, position - (this.firsts[c] ?? 0))) as T,
    );
    this.parsed.set(position, event);
    if (this.parsed.size > KEPT_PARSED) this.parsed.delete(this.parsed.keys().next().value as number);
    return event;
  }

  /** The position of the event with `id`, or -1 (also before the id table is in). */
  positionOf(id: string): number {
    return this.table ? findId(this.table, id) : -1;
  }

  /** The id of the event at `position`, read without parsing the event. */
  idAt(position: number): string | undefined {
    if (!this.table || position < 0 || position >= this.length) return undefined;
    return textAt(this.table.ids, position);
  }
}

const isIndex = (key: string | symbol): boolean =>
  typeof key === 'string' && key.length > 0 && key.length < 11 && /^(0|[1-9]\d*)$/.test(key);

/** A read-only list of the events by position, read from their texts as they are asked for. */
export function lazyEventList<T extends object = NewsEvent>(texts: EventTexts<T>): readonly T[] {
  // Not frozen: a proxy may only report items its target lacks while the target is extensible.
  const target: T[] = [];
  const refuse = () => false;
  const list = new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'length') return texts.length;
      if (isIndex(key)) return texts.at(Number(key));
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      if (isIndex(key)) return Number(key) < texts.length;
      return key === 'length' || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (isIndex(key) && Number(key) < texts.length)
        return { value: texts.at(Number(key)), writable: false, enumerable: true, configurable: true };
      if (key === 'length')
        return { value: texts.length, writable: true, enumerable: false, configurable: false };
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      return [...Array.from({ length: texts.length }, (_, i) => String(i)), ...Reflect.ownKeys(t)];
    },
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
  });
  markLazyList(list);
  return list;
}

/** A map by event id, through the id table, to what `valueAt` gives for the event's position. */
class LazyIdMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly texts: EventTexts<object>,
    private readonly valueAt: (position: number) => V | undefined,
  ) {}

  get size(): number {
    return this.texts.length;
  }

  get(id: string): V | undefined {
    const position = this.texts.positionOf(id);
    return position < 0 ? undefined : this.valueAt(position);
  }

  has(id: string): boolean {
    return this.texts.positionOf(id) >= 0;
  }

  *entries(): MapIterator<[string, V]> {
    for (let p = 0; p < this.texts.length; p++) {
      const value = this.valueAt(p);
      if (value !== undefined) yield [this.texts.idAt(p) ?? '', value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [id, value] of this.entries()) fn(value, id, this);
  }
}

/** The events (or other records) by id, read from their texts. */
export class LazyEventMap<T extends object = NewsEvent> extends LazyIdMap<T> {
  constructor(texts: EventTexts<T>) {
    super(texts, (position) => texts.at(position));
  }
}

/** Event id → position. */
export class LazyPositionMap extends LazyIdMap<number> {
  constructor(texts: EventTexts<object>) {
    super(texts, (position) => position);
  }
}

/** Several lists of texts on their way (a dataset's events and its sources), as one. */
export function textsArriving(lists: readonly EventTexts<object>[]): TextsArriving {
  return {
    complete: Promise.all(lists.map((t) => t.complete)).then(() => {}),
    get isComplete() {
      return lists.every((t) => t.isComplete);
    },
    get received() {
      return lists.reduce((sum, t) => sum + t.received, 0);
    },
    total: lists.reduce((sum, t) => sum + t.length, 0),
    subscribe(listener) {
      const stops = lists.map((t) => t.subscribe(listener));
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}
