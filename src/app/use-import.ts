// Importing a user's file: the worker converts, validates and indexes it (with progress) and opens it;
// the page then shows it at `?ds=<id>` without a reload (src/app/open-in-place.ts), while the worker keeps
// it in this browser's IndexedDB (src/load/keeping.ts follows that). The report waits in sessionStorage
// for the freshly mounted app to show it once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../core/import';
import type { DatasetToKeep } from '../load/corpus-messages';
import { deleteDataset, listDatasets, newDatasetId } from '../load/dataset-store';
import { trackKeep } from '../load/keeping';
import { type ImportRequest, importAndOpen, importFile, type LoadProgress } from '../load/load-corpus';
import { urlDatasetId } from '../load/load-data-url';
import { afterImportUrl } from './links';
import { openInPlace } from './open-in-place';
import { useKeepState } from './use-keep-state';

const REPORT_KEY = (id: string) => `dateline:import-report:${id}`;

export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly progress: LoadProgress | null }
  | { readonly status: 'error'; readonly error: string };

/**
 * `carryLink`: this page was opened from a link to a dataset this browser does not keep, so the import
 * opens in that link's view (src/app/links.ts `afterImportUrl`).
 */
export function useImport(boundaryIds: ReadonlySet<string> | undefined, carryLink = false) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (request: ImportRequest) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'working', progress: null });
      const { sourceUrl, mapping } = request;
      const info: DatasetToKeep = {
        // A `?data=` file mapped by hand is kept under its address, with the mapping to read it again.
        id: sourceUrl ? urlDatasetId(sourceUrl) : newDatasetId(),
        name: request.fileName,
        fileName: request.fileName,
        importedAt: new Date().toISOString(),
        ...(sourceUrl ? { sourceUrl, ...(mapping ? { mapping } : {}) } : {}),
      };
      const onProgress = (progress: LoadProgress) => {
        if (!abort.signal.aborted) setState({ status: 'working', progress });
      };
      // A `?data=` file is kept first (a failure to keep, e.g. a full storage, ends the import with nothing
      // written) and reopens from its address, which then finds the kept mapping. Any other file opens
      // here, from the worker that converted it, which keeps it after: a failure to keep is then shown
      // on the open dataset (src/load/keeping.ts), again with nothing written.
      const keep = { info, required: true };
      if (sourceUrl) {
        const kept = await importFile(request, keep, abort.signal, boundaryIds, onProgress);
        if (abort.signal.aborted) return;
        if (kept.ok) window.location.reload();
        else setState({ status: 'error', error: kept.error });
        return;
      }
      const result = await importAndOpen(request, keep, abort.signal, boundaryIds, onProgress);
      if (abort.signal.aborted) {
        // Cancelled while it was opening: a cancelled import keeps nothing. (The worker, ended, keeps
        // nothing; without a Worker the copy was written first, and this runs after it.)
        void deleteDataset(info.id);
        return;
      }
      if (!result.ok) {
        setState({ status: 'error', error: result.error });
        return;
      }
      // The model's last message was one task; mounting the app on it is the next.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (abort.signal.aborted) {
        void deleteDataset(info.id);
        return;
      }
      try {
        if (result.imported)
          sessionStorage.setItem(REPORT_KEY(info.id), JSON.stringify(result.imported.report));
      } catch {
        // No session storage: the dataset still opens, without its report.
      }
      if (result.kept) trackKeep(info.id, info.name, result.kept);
      // Left (Back to other data) before its copy is written: the worker writes it at once and is ended
      // after, so Forward finds the dataset kept (src/load/load-corpus.ts waits for the copy).
      const kept = result.kept ?? Promise.resolve();
      openInPlace(afterImportUrl(window.location, info.id, carryLink), info.id, result, () => {
        result.keepNow?.();
        void kept.then(() => abort.abort());
      });
    },
    [boundaryIds, carryLink],
  );
  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);
  return { state, start, cancel };
}

/** The report of the import that just opened this dataset, once (null afterwards or elsewhere). */
export function takeImportReport(datasetId: string | null): ImportReport | null {
  if (!datasetId) return null;
  try {
    const text = sessionStorage.getItem(REPORT_KEY(datasetId));
    sessionStorage.removeItem(REPORT_KEY(datasetId));
    return text ? (JSON.parse(text) as ImportReport) : null;
  } catch {
    return null;
  }
}

/** The name of the kept dataset `id` (for the Share dialog), or null while unknown. */
export function useDatasetName(id: string | null): string | null {
  const [name, setName] = useState<string | null>(null);
  const keep = useKeepState(id);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again once the dataset is kept.
  useEffect(
    function readName() {
      if (!id) return;
      void listDatasets().then((list) =>
        setName(list.ok ? (list.value.find((d) => d.id === id)?.name ?? null) : null),
      );
    },
    [id, keep?.status],
  );
  return id ? (name ?? keep?.name ?? null) : null;
}
