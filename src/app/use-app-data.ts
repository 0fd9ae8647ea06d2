// Loads boundaries and corpus once. Boundaries and corpus load in parallel; the corpus is validated
// against the boundary ids when both are in.
import { useEffect, useState } from 'react';
import type { Boundaries } from '../core/geo';
import type { ImportReport } from '../core/import/types';
import type { CorpusModel } from '../core/model';
import type { Problem } from '../core/types';
import { loadBoundaries } from '../load/load-boundaries';
import {
  type LoadProgress,
  loadCorpus,
  loadStoredDataset,
  loadSyntheticCorpus,
  SYNTHETIC_CONFIRM_ABOVE,
  syntheticSize,
} from '../load/load-corpus';
import { type DataUrlOutcome, type DataUrlSource, loadDataUrl } from '../load/load-data-url';
import { takeOpened } from './open-in-place';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: string; readonly missing?: true }
  | { readonly status: 'ready'; readonly value: T };

export interface AppData {
  readonly boundaries: Loadable<Boundaries>;
  readonly corpus: Loadable<CorpusModel>;
  readonly problems: readonly Problem[];
  readonly retry: () => void;
  /** A `?synthetic=N` above SYNTHETIC_CONFIRM_ABOVE waits for the person's go-ahead: its size, or null. */
  readonly syntheticToConfirm: number | null;
  readonly confirmSynthetic: () => void;
  /** How far the corpus has come while it loads (null before the worker reports). */
  readonly progress: LoadProgress | null;
  /** What opening `?data=<url>` said besides the data: its import report, a note, a mapping to choose. */
  readonly fromUrl: Omit<DataUrlOutcome, 'result'> & { readonly report?: ImportReport };
}

/** `dataUrl`: a `?data=` address the page may fetch (same origin, or a host the person confirmed). */
export function useAppData(dataUrl: DataUrlSource | null = null): AppData {
  const [attempt, setAttempt] = useState(0);
  const [boundaries, setBoundaries] = useState<Loadable<Boundaries>>({ status: 'loading' });
  // A dataset just imported on this page is already open in its worker (src/app/open-in-place.ts): the
  // app's first render has it.
  const [opened] = useState(() => takeOpened(new URLSearchParams(window.location.search).get('ds')));
  const [corpus, setCorpus] = useState<Loadable<CorpusModel>>(
    opened ? { status: 'ready', value: opened.model } : { status: 'loading' },
  );
  const [problems, setProblems] = useState<readonly Problem[]>(opened?.problems ?? []);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [fromUrl, setFromUrl] = useState<AppData['fromUrl']>({});
  // A link alone must not start a build that can take most of a gigabyte: above the threshold the
  // synthetic corpus waits for a click (SyntheticConfirm).
  const [syntheticConfirmed, setSyntheticConfirmed] = useState(false);
  const synthetic = syntheticSize(window.location.search);
  const syntheticToConfirm =
    synthetic !== null && synthetic > SYNTHETIC_CONFIRM_ABOVE && !syntheticConfirmed ? synthetic : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger and `syntheticConfirmed` the go-ahead for a big synthetic corpus; the rest is read once per load.
  useEffect(
    function load() {
      const controller = new AbortController();
      setBoundaries({ status: 'loading' });
      if (!opened || attempt > 0) setCorpus({ status: 'loading' });
      setProgress(null);
      const onProgress = (p: LoadProgress) => {
        if (!controller.signal.aborted) setProgress(p);
      };
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
      if (syntheticToConfirm !== null)
        return function abort() {
          controller.abort();
        };
      // `?ds=<id>`: a dataset imported earlier and kept in this browser (src/load/dataset-store.ts).
      const datasetId = new URLSearchParams(window.location.search).get('ds');
      if (opened && attempt === 0)
        return function abort() {
          controller.abort();
        };
      const corpusLoaded = synthetic
        ? loadSyntheticCorpus(synthetic, controller.signal, onProgress)
        : dataUrl
          ? loadDataUrl(dataUrl, controller.signal, boundaryIds, onProgress).then(({ result, ...rest }) => {
              const report = result.ok ? result.imported?.report : undefined;
              if (!controller.signal.aborted) setFromUrl(report ? { ...rest, report } : rest);
              return result;
            })
          : datasetId
            ? loadStoredDataset(datasetId, controller.signal, boundaryIds, onProgress)
            : loadCorpus(controller.signal, boundaryIds, onProgress);
      void corpusLoaded.then((result) => {
        if (controller.signal.aborted) return;
        setCorpus(
          result.ok
            ? { status: 'ready', value: result.model }
            : { status: 'error', error: result.error, ...(result.missing ? { missing: true } : {}) },
        );
        setProblems(result.ok ? result.problems : []);
      });
      return function abort() {
        controller.abort();
      };
    },
    [attempt, syntheticConfirmed],
  );
  return {
    boundaries,
    corpus,
    problems,
    retry: () => setAttempt((n) => n + 1),
    syntheticToConfirm,
    confirmSynthetic: () => setSyntheticConfirmed(true),
    progress,
    fromUrl,
  };
}
