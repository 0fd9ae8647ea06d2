// Boundaries are a separate hashed file (see vite.config.ts), fetched lazily after the shell renders.
import boundariesUrl from '../../geo/boundaries.topo.json?url';
import { type Boundaries, decodeBoundaries } from '../core/geo';
import type { Problem } from '../core/types';
import { fetchJson } from './fetch-json';

export type BoundariesResult =
  | { readonly ok: true; readonly boundaries: Boundaries; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly error: string };

/** Decoded once per page: a dataset opened in place (src/app/open-in-place.ts) reuses them. */
const decodedOnce = new Map<string, Extract<BoundariesResult, { ok: true }>>();

export async function loadBoundaries(
  signal?: AbortSignal,
  url: string = boundariesUrl,
): Promise<BoundariesResult> {
  const known = decodedOnce.get(url);
  if (known) return known;
  const fetched = await fetchJson(url, 'the country boundaries', signal);
  if (!fetched.ok) return fetched;
  const decoded = decodeBoundaries(fetched.json);
  if (decoded.value.areas.length === 0) {
    return {
      ok: false,
      error: `The country boundaries could not be read: ${decoded.problems[0]?.message ?? 'no areas'}`,
    };
  }
  const result = { ok: true, boundaries: decoded.value, problems: decoded.problems } as const;
  decodedOnce.set(url, result);
  return result;
}
