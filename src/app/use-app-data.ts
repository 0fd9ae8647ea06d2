// Loads boundaries and corpus once. Boundaries and corpus load in parallel; the corpus is validated
// against the boundary ids when both are in.
import { useEffect, useState } from 'react';
import type { Boundaries } from '../core/geo';
import type { CorpusModel } from '../core/model';
import type { Problem } from '../core/types';
import { loadBoundaries } from '../load/load-boundaries';
import { loadCorpus, loadSyntheticCorpus, syntheticSize } from '../load/load-corpus';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: string }
  | { readonly status: 'ready'; readonly value: T };

export interface AppData {
  readonly boundaries: Loadable<Boundaries>;
  readonly corpus: Loadable<CorpusModel>;
  readonly problems: readonly Problem[];
  readonly retry: () => void;
}

export function useAppData(): AppData {
  const [attempt, setAttempt] = useState(0);
  const [boundaries, setBoundaries] = useState<Loadable<Boundaries>>({ status: 'loading' });
  const [corpus, setCorpus] = useState<Loadable<CorpusModel>>({ status: 'loading' });
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger; the effect reads nothing else.
  useEffect(
    function load() {
      const controller = new AbortController();
      setBoundaries({ status: 'loading' });
      setCorpus({ status: 'loading' });
      const boundariesLoaded = loadBoundaries(controller.signal).then((result) => {
        if (controller.signal.aborted) return null;
        setBoundaries(
          result.ok
            ? { status: 'ready', value: result.boundaries }
            : { status: 'error', error: result.error },
        );
        return result.ok ? result.boundaries : null;
      });
      const boundaryIds = boundariesLoaded.then((b) => (b ? new Set<string>(b.byId.keys()) : undefined));
      const synthetic = syntheticSize(window.location.search);
      const corpusLoaded = synthetic
        ? loadSyntheticCorpus(synthetic, controller.signal)
        : loadCorpus(controller.signal, boundaryIds);
      void corpusLoaded.then((result) => {
        if (controller.signal.aborted) return;
        setCorpus(
          result.ok ? { status: 'ready', value: result.model } : { status: 'error', error: result.error },
        );
        setProblems(result.ok ? result.problems : []);
      });
      return function abort() {
        controller.abort();
      };
    },
    [attempt],
  );
  return { boundaries, corpus, problems, retry: () => setAttempt((n) => n + 1) };
}
