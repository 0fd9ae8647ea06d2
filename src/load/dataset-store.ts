// Imported datasets, kept in this browser's IndexedDB (idb-keyval): a list of what is kept, and each
// dataset's corpus as Dateline JSON text, in a few long pieces under its own keys. Every change is one
// IndexedDB transaction, so a full or failing store never leaves a half-written dataset. Nothing here
// leaves the browser.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { ColumnMapping } from '../core/import/types';
import { joinParts } from '../core/json-parts';

export interface DatasetInfo {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly events: number;
  /** First and last day the events cover (YYYY-MM-DD), or null for an empty dataset. */
  readonly from: string | null;
  readonly to: string | null;
  /** When it was imported, ISO 8601. */
  readonly importedAt: string;
  /** A dataset opened with `?data=<url>`: the address it is a copy of (links carry it, not the id). */
  readonly sourceUrl?: string;
  /** The column mapping the person chose for it (a CSV from an address is mapped again with it). */
  readonly mapping?: ColumnMapping;
}

export type Stored<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: string;
      /** The dataset is not kept in this browser (a link from someone else, or one deleted here). */
      readonly missing?: true;
    };

const LIST_KEY = 'list';
const corpusKey = (id: string) => `corpus:${id}`;
/** The corpus's text in pieces, under `corpus:<id>:<n>`, n from 0 (keys sort as text: the count says how many). */
const pieceKey = (id: string, at: number) => `corpus:${id}:${at}`;
const piecesOf = (id: string) => IDBKeyRange.bound(`corpus:${id}:`, `corpus:${id}:\uffff`);
/** What `corpus:<id>` holds now: how many pieces the text is in. Before: the text as a Blob or a string. */
interface KeptPieces {
  readonly pieces: number;
}
/** Characters per kept piece: 8 MB even at two bytes a character, far from the 127 MB limit. */
const PIECE_CHARS = 4_000_000;
let store: UseStore | null = null;

function db(): UseStore {
  store ??= createStore('dateline', 'datasets');
  return store;
}

/** One sentence a person can act on, for whatever the store threw. */
function explain(error: unknown, doing: string): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return `Could not ${doing}: this browser's storage for Dateline is full. Nothing was written; delete a dataset you no longer need and try again.`;
  if (typeof indexedDB === 'undefined' || name === 'InvalidStateError' || name === 'SecurityError')
    return `Could not ${doing}: this browser does not let Dateline keep data (a private window, or storage turned off).`;
  // An aborted transaction may carry no error at all.
  if (!error)
    return `Could not ${doing}: the browser stopped writing it and gave no reason. Nothing was written.`;
  return `Could not ${doing}: ${error instanceof Error ? error.message : String(error)}`;
}

async function readList(s: IDBObjectStore): Promise<DatasetInfo[]> {
  const list = await promisifyRequest(s.get(LIST_KEY));
  return Array.isArray(list) ? (list as DatasetInfo[]) : [];
}

export async function listDatasets(): Promise<Stored<readonly DatasetInfo[]>> {
  try {
    return { ok: true, value: await db()('readonly', readList) };
  } catch (error) {
    return { ok: false, error: explain(error, 'read the kept datasets') };
  }
}

/** Keeps a dataset and its entry in the list, in one transaction: all of it, or nothing. */
export async function saveDataset(
  info: DatasetInfo,
  /** The corpus text, or pieces that join to it (src/core/json-parts.ts). */
  corpusText: string | readonly string[],
): Promise<Stored<DatasetInfo>> {
  try {
    await db()('readwrite', async (s) => {
      const list = await readList(s);
      // As strings of at most PIECE_CHARS characters, each its own record: Chromium refuses an
      // IndexedDB value over 127 MB serialized (a string reaches that at 64M characters outside
      // Latin-1), and writing strings copies them, where a Blob encodes every character to UTF-8.
      const pieces = joinParts(typeof corpusText === 'string' ? [corpusText] : corpusText, PIECE_CHARS);
      s.delete(piecesOf(info.id));
      pieces.forEach((piece, at) => {
        s.put(piece, pieceKey(info.id, at));
      });
      s.put({ pieces: pieces.length } satisfies KeptPieces, corpusKey(info.id));
      s.put([...list.filter((d) => d.id !== info.id), info], LIST_KEY);
      const done = promisifyRequest(s.transaction);
      // Committed without waiting for this thread to take the puts' results.
      s.transaction.commit?.();
      return done;
    });
    return { ok: true, value: info };
  } catch (error) {
    return { ok: false, error: explain(error, `keep “${info.name}”`) };
  }
}

export async function loadDatasetText(id: string): Promise<Stored<{ info: DatasetInfo; text: string }>> {
  try {
    const [list, kept] = await db()('readonly', async (s) => {
      const [list, head] = await Promise.all([readList(s), promisifyRequest(s.get(corpusKey(id)))]);
      return [list, isPieces(head) ? await readPieces(s, id, head.pieces) : head];
    });
    // Pieces now; a Blob before that, and a string before that.
    const text = kept instanceof Blob ? await kept.text() : kept;
    const info = (list as DatasetInfo[]).find((d) => d.id === id);
    if (!info || typeof text !== 'string')
      return {
        ok: false,
        error: `The dataset this link opens (${id}) is not kept in this browser. Open its file with “Open data” (the person who shared the link can send it): the link’s view opens on it, and Dateline says if the file differs from the one the link was made with. Or open the bundled corpus.`,
        missing: true,
      };
    return { ok: true, value: { info, text } };
  } catch (error) {
    return { ok: false, error: explain(error, 'read the dataset') };
  }
}

function isPieces(value: unknown): value is KeptPieces {
  return typeof value === 'object' && value !== null && typeof (value as KeptPieces).pieces === 'number';
}

/** The text of `count` pieces, or undefined if one is missing (never a part of the corpus). */
async function readPieces(s: IDBObjectStore, id: string, count: number): Promise<string | undefined> {
  const pieces = await Promise.all(
    Array.from({ length: count }, (_, at) => promisifyRequest(s.get(pieceKey(id, at)))),
  );
  return pieces.every((p) => typeof p === 'string') ? pieces.join('') : undefined;
}

export async function renameDataset(id: string, name: string): Promise<Stored<null>> {
  try {
    await db()('readwrite', async (s) => {
      const list = await readList(s);
      s.put(
        list.map((d) => (d.id === id ? { ...d, name } : d)),
        LIST_KEY,
      );
      return promisifyRequest(s.transaction);
    });
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, error: explain(error, 'rename the dataset') };
  }
}

export async function deleteDataset(id: string): Promise<Stored<null>> {
  try {
    await db()('readwrite', async (s) => {
      const list = await readList(s);
      s.delete(corpusKey(id));
      s.delete(piecesOf(id));
      s.put(
        list.filter((d) => d.id !== id),
        LIST_KEY,
      );
      return promisifyRequest(s.transaction);
    });
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, error: explain(error, 'delete the dataset') };
  }
}

/** A fresh id: letters and digits, safe in a link. */
export function newDatasetId(): string {
  return `d${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}
