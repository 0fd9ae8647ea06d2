// The only place that fetches. Network and parse failures become a typed error, never an exception.
export type Fetched =
  | { readonly ok: true; readonly json: unknown; readonly text: string }
  | { readonly ok: false; readonly error: string };

export async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
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
  const text = await response.text();
  try {
    return { ok: true, json: JSON.parse(text), text };
  } catch {
    return { ok: false, error: `Could not load ${what}: it is not valid JSON` };
  }
}
