// Importing a user's file: convert, validate and index it in the worker (with progress), keep it in
// this browser's IndexedDB, then open it (`?ds=<id>`). The report waits in sessionStorage for the
// reloaded page to show it once.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatIsoDay } from '../core/dates';
import type { ImportReport } from '../core/import';
import { type DatasetInfo, listDatasets, newDatasetId, saveDataset } from '../load/dataset-store';
import { type ImportRequest, importFile, type LoadProgress } from '../load/load-corpus';
import { afterImportUrl } from './links';

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
      const result = await importFile(request, abort.signal, boundaryIds, (progress) => {
        if (!abort.signal.aborted) setState({ status: 'working', progress });
      });
      if (abort.signal.aborted) return;
      if (!result.ok || !result.imported) {
        setState({ status: 'error', error: result.ok ? 'The file could not be converted' : result.error });
        return;
      }
      const { index, corpus } = result.model;
      const info: DatasetInfo = {
        id: newDatasetId(),
        name: request.fileName,
        fileName: request.fileName,
        events: corpus.events.length,
        from: corpus.events.length ? formatIsoDay(index.minDay) : null,
        to: corpus.events.length ? formatIsoDay(index.maxDay) : null,
        importedAt: new Date().toISOString(),
      };
      const saved = await saveDataset(info, result.imported.corpusText);
      if (!saved.ok) {
        setState({ status: 'error', error: saved.error });
        return;
      }
      try {
        sessionStorage.setItem(REPORT_KEY(info.id), JSON.stringify(result.imported.report));
      } catch {
        // No session storage: the dataset still opens, without its report.
      }
      window.location.assign(afterImportUrl(window.location, info.id, carryLink));
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
  useEffect(
    function readName() {
      if (!id) return;
      void listDatasets().then((list) =>
        setName(list.ok ? (list.value.find((d) => d.id === id)?.name ?? null) : null),
      );
    },
    [id],
  );
  return id ? name : null;
}
