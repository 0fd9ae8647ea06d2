// Datasets this tab is still writing to IndexedDB. An import opens as soon as its events are in, and
// the corpus worker keeps its copy after (src/work/corpus-worker.ts): for 100k rows about a second the
// map no longer waits for. Until the copy is written, the dataset is open in this tab only: the header
// says so, the dataset list shows it as being kept, and leaving the page asks first (a reload then would
// lose it). A copy that cannot be written (a full storage) leaves nothing half-written and says why.
import type { Stored } from './dataset-store';

export type KeepState =
  | { readonly status: 'keeping'; readonly name: string }
  | { readonly status: 'kept'; readonly name: string }
  | { readonly status: 'failed'; readonly name: string; readonly error: string };

const states = new Map<string, KeepState>();
const listeners = new Set<() => void>();

function set(id: string, state: KeepState): void {
  states.set(id, state);
  guardUnload();
  for (const listener of listeners) listener();
}

/** Follows the keeping of dataset `id` (named `name`) until `kept` settles. */
export function trackKeep(id: string, name: string, kept: Promise<Stored<unknown>>): void {
  set(id, { status: 'keeping', name });
  void kept.then(
    (result) =>
      set(id, result.ok ? { status: 'kept', name } : { status: 'failed', name, error: result.error }),
    (error: unknown) => set(id, { status: 'failed', name, error: String(error) }),
  );
}

/** What this tab knows of keeping dataset `id`: null when it did not import it. */
export function keepState(id: string | null): KeepState | null {
  return id === null ? null : (states.get(id) ?? null);
}

/** Settles once dataset `id` is no longer being written (at once when it is not): then read it back. */
export function keepSettled(id: string): Promise<void> {
  if (states.get(id)?.status !== 'keeping') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = subscribeToKeeps(() => {
      if (states.get(id)?.status === 'keeping') return;
      stop();
      resolve();
    });
  });
}

/** Calls `listener` after every change of any keep state; returns the unsubscribe. */
export function subscribeToKeeps(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether any dataset is still being written. */
export function anyKeeping(): boolean {
  for (const state of states.values()) if (state.status === 'keeping') return true;
  return false;
}

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  e.returnValue = '';
};
let guarding = false;

/** Leaving the page asks first while a dataset is being written (the browser words the question). */
function guardUnload(): void {
  if (typeof window === 'undefined') return;
  const wanted = anyKeeping();
  if (wanted === guarding) return;
  guarding = wanted;
  if (wanted) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}
