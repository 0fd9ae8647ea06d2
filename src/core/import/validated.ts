// The last step of every import: the app's own validator over what was built, so only a valid
// corpus comes out; events it refuses become skipped rows, other problems warnings.

import type { Corpus, Place } from '../types';
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
  /** CorpusInput.referencesMade: the builder's records name only its own records and gazetteer places. */
  referencesMade = false,
): { corpus: CorpusJson; value: Corpus; report: ImportReport } {
  const result = validateCorpus({
    corpus: { file: head.file, json },
    places: { file: 'geo/places.json', json: { places: options.places } },
    ...(options.boundaryIds ? { boundaryIds: options.boundaryIds } : {}),
    ...(collected ? { collected, referencesMade } : {}),
    ...(options.freeze === false ? { freeze: false } : {}),
  });
  const gazetteer = new Set(options.places.map((p) => p.id));
  const v = result.value;
  let kept: ReadonlySet<string> | null = null;
  const skipped = [...head.skipped];
  const warnings: SkippedRow[] = [];
  // Made only when there is a problem to place (an import's 100k ids, otherwise hashed for nothing).
  let eventIds: ReadonlySet<unknown> | null = null;
  for (const p of result.problems) {
    eventIds ??= collected?.events.seen ?? new Set(json.events.map((e) => (e as { id?: unknown }).id));
    const event = eventIds.has(p.record);
    const entry = { row: event ? rowOf(p.record) : 0, column: p.field, reason: p.message };
    kept ??= new Set(v.events.map((e) => e.id));
    if (event && !kept.has(p.record)) skipped.push(entry);
    else warnings.push(entry);
  }
  skipped.sort((a, b) => a.row - b.row);
  const corpus: CorpusJson = {
    sources: v.sources,
    topics: v.topics,
    actors: v.actors,
    // An own outline's derived `boundary` left out; a point, which has none, kept as it is (not copied).
    places: v.places
      .filter((p) => !gazetteer.has(p.id))
      .map((p) => (p.boundary === undefined ? p : withoutBoundary(p))),
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

function withoutBoundary({ boundary: _derived, ...own }: Place): Omit<Place, 'boundary'> {
  return own;
}
