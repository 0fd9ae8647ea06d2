// A Dateline corpus file (data/corpus.json form, with or without its own places) read as it is:
// validated with the app's validator, each refused event named by its position in `events`.

import type { CorpusJson, ImportOptions, ImportResult, Sniff } from './types';
import { validated } from './validated';

export function passThrough(text: string, sniff: Sniff, options: ImportOptions): ImportResult {
  const file = options.fileName;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    !Array.isArray((json as CorpusJson).events)
  )
    return { ok: false, error: `${file} is not a Dateline corpus: expected an object with an "events" list` };
  const corpus = json as CorpusJson;
  const list = (key: keyof CorpusJson) => (Array.isArray(corpus[key]) ? (corpus[key] as unknown[]) : []);
  const input: CorpusJson = {
    sources: list('sources'),
    topics: list('topics'),
    actors: list('actors'),
    ...(corpus.places !== undefined ? { places: corpus.places } : {}),
    events: corpus.events,
  };
  const rows = new Map<string, number>();
  corpus.events.forEach((e, i) => {
    const id = (e as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !rows.has(id)) rows.set(id, i + 1);
  });
  const head = { file, sniff, rowsRead: corpus.events.length, skipped: [] };
  const result = validated(
    input,
    head,
    options,
    (id) => rows.get(id) ?? Number(/#(\d+)/.exec(id)?.[1] ?? -1) + 1,
  );
  if (result.report.eventsLoaded === 0 && corpus.events.length > 0)
    return { ok: false, error: `${file}: no event could be loaded`, report: result.report };
  return { ok: true, ...result };
}
