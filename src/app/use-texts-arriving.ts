// The events' and sources' texts of a model a worker feeds come after it opens (src/load/
// corpus-worker-client.ts): what shows an event's details waits for them, and says how far they are.
import { useCallback, useSyncExternalStore } from 'react';
import type { CorpusModel } from '../core/model';

const NOTHING = () => () => {};

/** How many texts are in, of how many, while they arrive; null once they are all in (or never awaited). */
export function useTextsArriving(
  model: CorpusModel | null,
): { readonly received: number; readonly total: number } | null {
  const arriving = model?.arriving;
  const subscribe = useCallback(
    (listener: () => void) => (arriving ? arriving.subscribe(listener) : NOTHING()),
    [arriving],
  );
  const received = useSyncExternalStore(subscribe, () => arriving?.received ?? 0);
  if (!arriving || arriving.isComplete) return null;
  return { received, total: arriving.total };
}
