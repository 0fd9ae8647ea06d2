// Opening a just-imported dataset without reloading the page. The worker that converted the file keeps
// the converted corpus open, so the page takes the model it already built (`takeOpened`) instead of
// reading the dataset back from IndexedDB and sending it through a worker again. The app is mounted
// afresh (src/boot.tsx keys it by `openCount`) at the new address, exactly as a reload would
// start it; Back/Forward to another dataset's address mounts it afresh too.
import type { CorpusResult } from '../load/load-corpus';

type Opened = Extract<CorpusResult, { ok: true }>;

interface Handoff {
  readonly datasetId: string;
  readonly result: Opened;
  /** Ends the worker that holds the model (it answers the model's queries until then). */
  readonly release: () => void;
}

let handoff: Handoff | null = null;
let openings = 0;
const listeners = new Set<() => void>();

/**
 * Which data an address opens, as far as history can change it: `ds` and `synthetic`. (`data` is left
 * out: the page drops an unreadable one from the address with replaceState, which tells no one.)
 */
function dataKey(search: string): string {
  const params = new URLSearchParams(search);
  return `${params.get('ds') ?? ''}\n${params.get('synthetic') ?? ''}`;
}
let mountedData = typeof window === 'undefined' ? '' : dataKey(window.location.search);

function remount(): void {
  mountedData = dataKey(window.location.search);
  openings += 1;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each in-place opening (and Back/Forward to other data); returns the unsubscribe. */
export function subscribeToOpenings(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', followHistory);
  return function unsubscribe() {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', followHistory);
  };
}

/** Back or Forward to an address with other data: that data opens, as after a reload. */
function followHistory(): void {
  if (dataKey(window.location.search) === mountedData) return;
  handoff?.release();
  handoff = null;
  remount();
}

/** Goes to `url` (a new history entry) and shows dataset `datasetId` from `result`, already open. */
export function openInPlace(url: string, datasetId: string, result: Opened, release: () => void): void {
  handoff?.release();
  handoff = { datasetId, result, release };
  window.history.pushState(null, '', url);
  remount();
}

/** The model opened in place for dataset `datasetId`, if that is what the page was mounted for. */
export function takeOpened(datasetId: string | null): Opened | null {
  return handoff && datasetId === handoff.datasetId ? handoff.result : null;
}

/** How many in-place openings there were: the app's key, so each one mounts it afresh. */
export function openCount(): number {
  return openings;
}
