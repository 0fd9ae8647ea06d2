// The keep state of a dataset this tab imported (src/load/keeping.ts), for components: re-renders on
// each change.
import { useSyncExternalStore } from 'react';
import { type KeepState, keepState, subscribeToKeeps } from '../load/keeping';

export function useKeepState(id: string | null): KeepState | null {
  return useSyncExternalStore(subscribeToKeeps, () => keepState(id));
}
