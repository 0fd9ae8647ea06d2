// The last step of every import: the app's own validator over what was built, so only a valid
// corpus comes out; events it refuses become skipped rows, other problems warnings.

import type { Corpus } from '../types';
import { validateCorpus } from '../validate';
import type { CollectedRecords } from '../validate/collect';
import type { CorpusJson, ImportOptions, ImportReport, SkippedRow, Sniff } from './types';

/** Runs validateCorpus on `json`; the corpus out keeps only what it accepted. */
export function validated(
  json: CorpusJson,
  head: { file: string; sniff: Sniff; rowsRead: number; skipped: SkippedRow[] },
  options: ImportOptions,
  rowOf: (id: string) => number,
  /** `json`'s own places, sources and events, already read as they were made (CorpusBuilder). */
  collected?: CollectedRecords,
): { corpus: CorpusJson; value: Corpus; report: ImportReport } {
  const result = validateCorpus({
    corpus: { file: head.file, json },
    places: { file: 'geo/places.json', json: { places: options.places } },
    ...(options.boundaryIds ? { boundaryIds: options.boundaryIds } : {}),
    ...(collected ? { collected } : {}),
    ...(options.freeze === false ? { freeze: false } : {}),
  });
  const gazetteer = new Set(options.places.map((p) => p.id));
  const v = result.value;
  const kept = new Set(v.events.map((e) => e.id));
  const skipped = [...head.skipped];
  const warnings: SkippedRow[] = [];
  const eventIds: ReadonlySet<unknown> =
    collected?.events.seen ?? new Set(json.events.map((e) => (e as { id?: unknown }).id));
  for (const p of result.problems) {
    const event = eventIds.has(p.record);
    const entry = { row: event ? rowOf(p.record) : 0, column: p.field, reason: p.message };
    if (event && !kept.has(p.record)) skipped.push(entry);
    else warnings.push(entry);
  }
  skipped.sort((a, b) => a.row - b.row);
  const corpus: CorpusJson = {
    sources: v.sources,
    topics: v.topics,
    actors: v.actors,
    places: v.places.filter((p) => !gazetteer.has(p.id)).map(({ boundary: _derived, ...own }) => own),
    events: v.events,
  };
  return {
    corpus,
    value: v,
    report: {
      file: head.file,
      format: head.sniff.format,
      preset: head.sniff.preset,
      rowsRead: head.rowsRead,
      eventsLoaded: v.events.length,
      rowsSkipped: skipped.length,
      skipped,
      warnings,
    },
  };
}
