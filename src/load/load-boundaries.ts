// Boundaries are a separate hashed file (see vite.config.ts), fetched lazily after the shell renders,
// and decoded a slice at a time so that the page never stalls on them.
import boundariesUrl from '../../geo/boundaries.topo.json?url';
import { type Boundaries, decodeBoundarySteps } from '../core/geo';
import type { Problem } from '../core/types';
import { fetchJson } from './fetch-json';
import { runInSlices } from './run-in-slices';

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
  const decoded = await runInSlices(decodeBoundarySteps(fetched.json), signal).catch(() => null);
  if (!decoded) return { ok: false, error: 'Loading the country boundaries was cancelled' };
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
