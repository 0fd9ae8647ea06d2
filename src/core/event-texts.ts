// Events as JSON text, for the page (issue 13). A million events sent to the page as objects made tens
// of millions of small objects there, and the garbage collector's pauses while they arrived were the
// page's long tasks. The corpus worker keeps the events as objects and sends their text instead: one
// long string per 10,000 events (a large object the collector neither walks into nor moves) with where
// each event ends. The page reads an event from its text when something shows it
// (src/core/lazy-events.ts), and finds an event by id through a hash table of positions made here, so
// it never holds a million id strings either. (UTF-8 in transferred buffers was tried first: Chromium's
// TextEncoder took 6.5 µs an event, more than JSON.stringify; a string is copied whole, at memcpy speed.)

import { lastItemAt } from './json-parts';

/** The JSON text of consecutive events: event k is text.slice(ends[k - 1] ?? 0, ends[k]). */
export interface TextChunk {
  readonly text: string;
  readonly ends: Uint32Array;
}

const WIDE = /[\u0100-\uffff]/;
const WIDE_ALL = /[\u0100-\uffff]/g;

/**
 * JSON.stringify(value), with every character beyond Latin-1 written as its \uXXXX escape (JSON.parse
 * reads it back as the same character) and held one byte a character. V8 holds a string two bytes a
 * character as soon as one character needs it, and a chunk joined from such texts would be two bytes a
 * character throughout: for a synthetic million, 680 MB on the page instead of 360. (For an import this
 * does not help: every string read from a file that has such a character is held two bytes a character.)
 */
export function latin1Json(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  if (!WIDE.test(text)) return text;
  return oneByte(text.replace(WIDE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * The same Latin-1 text held one byte a character: `replace` keeps its subject's two-byte form even when
 * nothing wide is left. String.fromCharCode makes a new string, one byte a character when every code fits.
 */
function oneByte(text: string): string {
  const BLOCK = 8192;
  let out = '';
  for (let at = 0; at < text.length; at += BLOCK) {
    const codes = new Uint16Array(Math.min(BLOCK, text.length - at));
    for (let i = 0; i < codes.length; i++) codes[i] = text.charCodeAt(at + i);
    out += String.fromCharCode.apply(null, codes as unknown as number[]);
  }
  return out;
}

/**
 * Each event's JSON text. An import's are the pieces of its converted corpus, already made to keep it
 * (src/core/json-parts.ts: the head's pieces, then the events with commas between, then `]}`), for
 * the same event objects; any other event's is made here (latin1Json).
 */
export function eventTextOf<T extends object>(
  events: readonly T[],
  corpusParts?: readonly string[],
): (event: T) => string {
  const first = corpusParts ? lastItemAt(corpusParts, events.length, 0) : -1;
  if (!corpusParts || first < 1) return latin1Json;
  const at = new Map(events.map((e, i) => [e, i]));
  return (event) => {
    const i = at.get(event);
    return i === undefined ? latin1Json(event) : (corpusParts[first + 2 * i] as string);
  };
}

/** The texts one after another, with where each ends. */
export function joinTexts(texts: readonly string[]): TextChunk {
  const ends = new Uint32Array(texts.length);
  let at = 0;
  texts.forEach((text, k) => {
    at += text.length;
    ends[k] = at;
  });
  return { text: texts.join(''), ends };
}

/** Positions of events by id (open addressing): -1 marks an empty slot. */
export interface IdTable {
  readonly slots: Int32Array;
  /** The ids themselves, in position order. */
  readonly ids: TextChunk;
}

/** FNV-1a over the id's UTF-16 code units: the same number in the worker and on the page. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A table at most half full: a look-up reads one or two slots on average. */
export function buildIdTable(ids: readonly string[]): IdTable {
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  ids.forEach((id, position) => {
    let slot = idHash(id) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = position;
  });
  return { slots, ids: joinTexts(ids) };
}

/** The text of item k of a chunk. */
export function textAt(chunk: TextChunk, k: number): string {
  return chunk.text.slice(k === 0 ? 0 : chunk.ends[k - 1], chunk.ends[k]);
}

/** True when item k of a chunk is `text`, without copying it out. */
function isTextAt(chunk: TextChunk, k: number, text: string): boolean {
  const start = k === 0 ? 0 : (chunk.ends[k - 1] ?? 0);
  return (chunk.ends[k] ?? 0) - start === text.length && chunk.text.startsWith(text, start);
}

/** The position of the event with `id`, or -1. */
export function findId(table: IdTable, id: string): number {
  const mask = table.slots.length - 1;
  for (let slot = idHash(id) & mask; ; slot = (slot + 1) & mask) {
    const position = table.slots[slot] ?? -1;
    if (position === -1) return -1;
    if (isTextAt(table.ids, position, id)) return position;
  }
}

/** The buffers to transfer with a chunk or a table (the text itself is copied). */
export function textBuffers(...chunks: TextChunk[]): ArrayBuffer[] {
  return chunks.map((c) => c.ends.buffer as ArrayBuffer);
}

// Lists that read their items on demand (src/core/lazy-events.ts): read-only already, and never frozen —
// freezing one would ask for every item.
const lazyLists = new WeakSet<object>();

export function markLazyList(list: object): void {
  lazyLists.add(list);
}

export function isLazyList(value: unknown): boolean {
  return typeof value === 'object' && value !== null && lazyLists.has(value);
}
