// Boundaries are a separate hashed file (see vite.config.ts), fetched lazily after the shell renders.
import boundariesUrl from '../../geo/boundaries.topo.json?url';
import { type Boundaries, decodeBoundaries } from '../core/geo';
import type { Problem } from '../core/types';
import { fetchJson } from './fetch-json';

export type BoundariesResult =
  | { readonly ok: true; readonly boundaries: Boundaries; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly error: string };

export async function loadBoundaries(
  signal?: AbortSignal,
  url: string = boundariesUrl,
): Promise<BoundariesResult> {
  const fetched = await fetchJson(url, 'the country boundaries', signal);
  if (!fetched.ok) return fetched;
  const decoded = decodeBoundaries(fetched.json);
  if (decoded.value.areas.length === 0) {
    return {
      ok: false,
      error: `The country boundaries could not be read: ${decoded.problems[0]?.message ?? 'no areas'}`,
    };
  }
  return { ok: true, boundaries: decoded.value, problems: decoded.problems };
}
