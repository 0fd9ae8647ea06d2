// The article drafter for the "New from article" view, loaded only when the view opens: the drafting
// code (src/core/draft, with chrono-node) and the large gazetteer geo/gazetteer.json (~1.9 MB; a separate
// hashed file, see vite.config.ts) stay out of the first page load. Loaded once per page.
import gazetteerUrl from '../../geo/gazetteer.json?url';
import type { DraftOptions, draftArticle } from '../core/draft';
import type { Gazetteer } from '../core/gazetteer';

export interface Drafter {
  readonly gazetteer: Gazetteer;
  readonly draft: (text: string, options: DraftOptions) => ReturnType<typeof draftArticle>;
}

export interface DrafterProgress {
  readonly phase: 'code' | 'download' | 'index';
  /** Bytes of the gazetteer received, and its size when the server says (0 when not). */
  readonly received: number;
  readonly total: number;
}

export type DrafterResult =
  | { readonly ok: true; readonly drafter: Drafter }
  | { readonly ok: false; readonly error: string };

const GAZETTEER_FILE = 'geo/gazetteer.json';

/** The body as text, reporting bytes as they arrive. */
async function download(url: string, onBytes: (received: number, total: number) => void): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  // A compressed response's length is not the length of what the reader counts (decoded bytes).
  const total = response.headers.get('content-encoding')
    ? 0
    : Number(response.headers.get('content-length')) || 0;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onBytes(received, total);
  }
  return text + decoder.decode();
}

async function load(onProgress: (p: DrafterProgress) => void): Promise<DrafterResult> {
  try {
    onProgress({ phase: 'code', received: 0, total: 0 });
    const [draftModule, gazetteerModule] = await Promise.all([
      import('../core/draft'),
      import('../core/gazetteer'),
    ]);
    const text = await download(gazetteerUrl, (received, total) =>
      onProgress({ phase: 'download', received, total }),
    );
    onProgress({ phase: 'index', received: 0, total: 0 });
    // Let the progress line paint before the main thread is busy indexing.
    await new Promise((r) => setTimeout(r, 0));
    const { value, issues } = gazetteerModule.parseGazetteer(JSON.parse(text), GAZETTEER_FILE);
    if (value.places.length === 0)
      return {
        ok: false,
        error: `Could not read the gazetteer (${GAZETTEER_FILE}): ${issues[0] ?? 'no places'}`,
      };
    return {
      ok: true,
      drafter: { gazetteer: value, draft: (t, options) => draftModule.draftArticle(t, value, options) },
    };
  } catch (error) {
    return {
      ok: false,
      error: `Could not load the gazetteer (${GAZETTEER_FILE}): ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

let loaded: Promise<DrafterResult> | null = null;
const listeners = new Set<(p: DrafterProgress) => void>();

/** Loads the drafter once; a failed load is tried again on the next call. */
export function loadDrafter(onProgress: (p: DrafterProgress) => void = () => {}): Promise<DrafterResult> {
  listeners.add(onProgress);
  if (!loaded) {
    const attempt = load((p) => {
      for (const l of listeners) l(p);
    });
    loaded = attempt;
    void attempt.then((r) => {
      if (!r.ok) loaded = null;
    });
  }
  return loaded.finally(() => listeners.delete(onProgress));
}
