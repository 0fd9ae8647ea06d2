// The only place that fetches. Network and parse failures become a typed error, never an exception.
export type Fetched =
  | { readonly ok: true; readonly json: unknown; readonly text: string }
  | { readonly ok: false; readonly error: string };

/** A data request that has not fully answered after this long fails with an error and Try again. */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * The timeout in force: FETCH_TIMEOUT_MS, unless a browser test has set a shorter one on `window`
 * before the app's scripts ran (an init script). A link cannot set it.
 */
export function timeoutMs(): number {
  const override = (globalThis as { __DATELINE_FETCH_TIMEOUT_MS__?: unknown }).__DATELINE_FETCH_TIMEOUT_MS__;
  return typeof override === 'number' && override > 0 ? override : FETCH_TIMEOUT_MS;
}

export type FetchedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

export async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<Fetched> {
  const fetched = await fetchText(url, what, signal);
  if (!fetched.ok) return fetched;
  try {
    return { ok: true, json: JSON.parse(fetched.text), text: fetched.text };
  } catch {
    return { ok: false, error: `Could not load ${what}: it is not valid JSON` };
  }
}

/** The body as text, under the deadline; parsing is left to the caller (a worker, for a big corpus). */
export async function fetchText(url: string, what: string, signal?: AbortSignal): Promise<FetchedText> {
  const limit = timeoutMs();
  const timeout = AbortSignal.timeout(limit);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () => timeout.aborted && !signal?.aborted;
  const seconds = `${Math.round(limit / 100) / 10} s`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: both });
    // The body can stall too, so it is read under the same deadline.
    text = await response.text();
  } catch (error) {
    if (timedOut())
      return { ok: false, error: `Could not load ${what}: no complete answer within ${seconds}` };
    return {
      ok: false,
      error: `Could not load ${what}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      error: `Could not load ${what}: the server answered ${response.status} ${response.statusText}`.trim(),
    };
  return { ok: true, text };
}
