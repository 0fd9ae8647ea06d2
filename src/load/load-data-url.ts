// Opens `?data=<url>`: fetches the file on the page (so the page's Content-Security-Policy governs the
// request, src/app/csp.ts), streaming, with progress and the importer's size limit, then converts it in
// the corpus worker like a file the person opened. The worker keeps the result in IndexedDB under an id
// made from the address, so a reload without the network still opens it (with a notice saying so).
import { isMappingComplete } from '../core/data-url';
import { MAX_INPUT_BYTES } from '../core/import/types';
import { contentHash } from '../core/model';
import type { DatasetToKeep } from './corpus-messages';
import type { CorpusResult, LoadProgress } from './corpus-worker-client';
import { listDatasets } from './dataset-store';
import { type FetchedText, timeoutMs } from './fetch-json';
import { importAndOpen, loadStoredDataset } from './load-corpus';

/** The id a dataset from `href` is kept under in this browser: one copy per address. */
export function urlDatasetId(href: string): string {
  return `u${contentHash(href)}`;
}

export interface DataUrlSource {
  readonly href: string;
  readonly host: string;
  readonly fileName: string;
}

export interface DataUrlOutcome {
  readonly result: CorpusResult;
  /** Said over the map: the kept copy opened because the address could not be read. */
  readonly note?: string;
  /** A CSV whose columns the person must map first: the Open data dialog opens with it. */
  readonly needsMapping?: { readonly text: string; readonly fileName: string; readonly sourceUrl: string };
}

const MB = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString('en-GB')} MB`;

/**
 * The body as text. Refused above MAX_INPUT_BYTES: at once when Content-Length says so, otherwise as
 * soon as the bytes read pass it. Fails when no byte arrives for the fetch timeout (a slow download
 * that keeps moving goes on), or on an HTTP error.
 */
export async function fetchDataText(
  source: DataUrlSource,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
  maxBytes = MAX_INPUT_BYTES,
): Promise<FetchedText> {
  const what = `${source.fileName} from ${source.host}`;
  const idle = new AbortController();
  const limit = timeoutMs();
  let timer = setTimeout(() => idle.abort(), limit);
  const stillMoving = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), limit);
  };
  const both = signal ? AbortSignal.any([signal, idle.signal]) : idle.signal;
  const tooBig = (bytes: string) =>
    `Could not load ${what}: it is ${bytes}; Dateline opens data up to ${MB(maxBytes)}.`;
  try {
    // No cookies to another host and no referrer: the host learns nothing of this page's view.
    const response = await fetch(source.href, { signal: both, referrerPolicy: 'no-referrer' });
    if (!response.ok)
      return {
        ok: false,
        error: `Could not load ${what}: the server answered ${response.status} ${response.statusText}`.trim(),
      };
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const total = Number.isFinite(length) ? length : 0;
    if (total > maxBytes) {
      idle.abort();
      return { ok: false, error: tooBig(MB(total)) };
    }
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, text: await response.text() };
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let done = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      stillMoving();
      done += chunk.value.byteLength;
      if (done > maxBytes) {
        await reader.cancel();
        return { ok: false, error: tooBig(`over ${MB(maxBytes)}`) };
      }
      parts.push(decoder.decode(chunk.value, { stream: true }));
      onProgress({ phase: 'downloading', done, total });
    }
    parts.push(decoder.decode());
    return { ok: true, text: parts.join('') };
  } catch (error) {
    if (idle.signal.aborted && !signal?.aborted)
      return {
        ok: false,
        error: `Could not load ${what}: nothing arrived for ${Math.round(limit / 100) / 10} s`,
      };
    return { ok: false, error: `Could not load ${what}: ${fetchFailure(source, error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a fetch threw, in words. A browser gives one bare TypeError ("Failed to fetch") for a refused
 * cross-origin read, a dropped connection or an unknown host, and hides which on purpose; for
 * another host the likely causes are named, so the person knows what to ask its owner for.
 */
export function fetchFailure(source: Pick<DataUrlSource, 'href' | 'host'>, error: unknown): string {
  const said = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TypeError)) return said;
  const here = typeof location === 'undefined' ? '' : location.origin;
  if (new URL(source.href, here || undefined).origin === here)
    return `the request failed (${said}): the network may be down.`;
  return `${source.host} did not answer or did not let this page read the file (${said}). Its server must allow other sites to read it (the header Access-Control-Allow-Origin), or the network may be down.`;
}

/** Fetches, converts and keeps the dataset at `source.href` (or opens the kept copy when that fails). */
export async function loadDataUrl(
  source: DataUrlSource,
  signal?: AbortSignal,
  boundaryIdsLoading?: Promise<ReadonlySet<string> | undefined>,
  onProgress?: (progress: LoadProgress) => void,
): Promise<DataUrlOutcome> {
  const id = urlDatasetId(source.href);
  const [kept, fetched] = await Promise.all([
    listDatasets().then((list) => (list.ok ? list.value.find((d) => d.id === id) : undefined)),
    fetchDataText(source, signal, onProgress),
  ]);
  if (!fetched.ok) {
    if (!kept) return { result: fetched };
    const result = await loadStoredDataset(id, signal, boundaryIdsLoading, onProgress);
    const when = kept.importedAt.slice(0, 10);
    return {
      result,
      note: `${fetched.error.replace(/\.$/, '')}. Showing the copy this browser kept on ${when}.`,
    };
  }
  const text = fetched.text;
  if (!kept?.mapping) {
    const { previewTable, sniffInput } = await import('../core/import');
    const sniff = sniffInput(source.fileName, text);
    const isTable = sniff.format === 'csv' || sniff.format === 'tsv';
    if (isTable && sniff.preset === 'custom' && !isMappingComplete(previewTable(text, sniff).suggested))
      return {
        result: {
          ok: false,
          error: `${source.fileName}: say which columns hold the date and the place (the Open data dialog shows its first rows).`,
        },
        needsMapping: { text, fileName: source.fileName, sourceUrl: source.href },
      };
  }
  const boundaryIds = await boundaryIdsLoading;
  const request = { text, fileName: source.fileName, ...(kept?.mapping ? { mapping: kept.mapping } : {}) };
  const info: DatasetToKeep = {
    id,
    name: kept?.name ?? source.fileName,
    fileName: source.fileName,
    importedAt: new Date().toISOString(),
    sourceUrl: source.href,
    ...(kept?.mapping ? { mapping: kept.mapping } : {}),
  };
  // The worker converts, keeps and opens it. Keeping a copy is a convenience (reload without the
  // network): a full store does not stop the view.
  const result = await importAndOpen(request, { info, required: false }, signal, boundaryIds, onProgress);
  const keptNow = result.ok ? result.imported?.kept : undefined;
  return keptNow && !keptNow.ok ? { result, note: keptNow.error } : { result };
}
