// Loads data/corpus.json and the gazetteer geo/places.json, validates them at the edge and builds
// the read-only model. Bad records come back as problems; the good ones still load.
import corpusUrl from '../../data/corpus.json?url';
import placesUrl from '../../geo/places.json?url';
import { buildCorpusModel, type CorpusModel, contentHash } from '../core/model';
import { syntheticCorpus } from '../core/synthetic';
import type { Problem } from '../core/types';
import { validateCorpus } from '../core/validate';
import { fetchJson } from './fetch-json';

export type CorpusResult =
  | { readonly ok: true; readonly model: CorpusModel; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly error: string };

/** `boundaryIds` may still be loading: the files are fetched meanwhile, in parallel. */
export async function loadCorpus(
  signal?: AbortSignal,
  boundaryIdsLoading?: Promise<ReadonlySet<string> | undefined>,
): Promise<CorpusResult> {
  const [corpus, places] = await Promise.all([
    fetchJson(corpusUrl, 'the event corpus (data/corpus.json)', signal),
    fetchJson(placesUrl, 'the gazetteer (geo/places.json)', signal),
  ]);
  if (!corpus.ok) return corpus;
  if (!places.ok) return places;
  const boundaryIds = await boundaryIdsLoading;
  const validated = validateCorpus({
    corpus: { file: 'data/corpus.json', json: corpus.json },
    places: { file: 'geo/places.json', json: places.json },
    ...(boundaryIds ? { boundaryIds } : {}),
  });
  const model = buildCorpusModel(validated.value, contentHash(corpus.text + places.text));
  return { ok: true, model, problems: validated.problems };
}

/** Largest synthetic corpus the `?synthetic=N` switch builds (it lives in the tab's memory). */
export const MAX_SYNTHETIC = 1_000_000;
/** Above this many synthetic events the app asks before building them (~800 bytes of memory each). */
export const SYNTHETIC_CONFIRM_ABOVE = 100_000;
/** Rough memory a synthetic event takes in the tab, for the confirmation's estimate. */
export const SYNTHETIC_BYTES_PER_EVENT = 800;

/** Reads `?synthetic=N` (the scale check); null when absent or not a whole number in range. */
export function syntheticSize(search: string): number | null {
  const raw = new URLSearchParams(search).get('synthetic');
  if (raw === null || !/^\d{1,7}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_SYNTHETIC ? n : null;
}

/** A seeded synthetic corpus over the real gazetteer, for checking the app at wire-service scale. */
export async function loadSyntheticCorpus(size: number, signal?: AbortSignal): Promise<CorpusResult> {
  const places = await fetchJson(placesUrl, 'the gazetteer (geo/places.json)', signal);
  if (!places.ok) return places;
  const validated = validateCorpus({
    corpus: { file: 'synthetic', json: { sources: [], topics: [], actors: [], events: [] } },
    places: { file: 'geo/places.json', json: places.json },
  });
  const corpus = syntheticCorpus(validated.value.places, { events: size, seed: 42 });
  return { ok: true, model: buildCorpusModel(corpus, `syn${size}`), problems: validated.problems };
}
