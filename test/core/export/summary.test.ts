// The Download menu's sentence must agree with the files: its row count is the rows the export writes.
import { describe, expect, it } from 'vitest';
import {
  adoptExportCounts,
  buildExportRows,
  describeExport,
  exportCounts,
  summarizeExport,
} from '../../../src/core/export';
import { ALL_EVENTS, queryEvents } from '../../../src/core/index/query';
import { buildCorpusModel } from '../../../src/core/model';
import { validateCorpus } from '../../../src/core/validate';
import { copyCorpus, copyPlaces } from '../../fixtures/mini-corpus';

function model() {
  const validated = validateCorpus({
    corpus: { file: 'data/corpus.json', json: copyCorpus() },
    places: { file: 'geo/places.json', json: copyPlaces() },
  });
  return buildCorpusModel(validated.value);
}

describe('summarizeExport (say what an export holds)', () => {
  it('counts one row per event and place, as buildExportRows writes', () => {
    const m = model();
    const all = queryEvents(m.index, ALL_EVENTS);
    const summary = summarizeExport(m, all);
    expect(summary.events).toBe(all.length);
    expect(summary.rows).toBe(buildExportRows(m, all).length);
    const some = all.slice(0, 1);
    expect(summarizeExport(m, some).rows).toBe(buildExportRows(m, some).length);
  });
  it('counts each linked source once, as the sources of the shown events are', () => {
    const m = model();
    const all = queryEvents(m.index, ALL_EVENTS);
    for (const shown of [all, all.slice(0, 3), all.slice(5, 6), new Int32Array(0)]) {
      const linked = new Set(
        [...shown].flatMap((p) => m.index.events[p]?.sources ?? []).filter((id) => m.sources.get(id)?.url),
      );
      expect(summarizeExport(m, shown).linkedSources).toBe(linked.size);
    }
    expect(summarizeExport(m, all).linkedSources).toBeGreaterThan(0);
  });
  it('counts a linked source cited by several shown events once', () => {
    const corpus = copyCorpus() as {
      sources: { id: string; url?: string }[];
      events: { sources: string[] }[];
    };
    const cited = corpus.events[0]?.sources[0] as string;
    for (const source of corpus.sources) if (source.id === cited) source.url = 'https://example.org/a';
    for (const event of corpus.events) event.sources = [cited];
    const validated = validateCorpus({
      corpus: { file: 'data/corpus.json', json: corpus },
      places: { file: 'geo/places.json', json: copyPlaces() },
    });
    const m = buildCorpusModel(validated.value);
    const shown = Int32Array.from(
      [...queryEvents(m.index, ALL_EVENTS)].filter((p) => m.index.events[p]?.sources[0] === cited),
    );
    expect(shown.length).toBeGreaterThan(1);
    expect(summarizeExport(m, shown).linkedSources).toBe(1);
  });
  it('reads the counts a worker made for the model, not its events', () => {
    const m = model();
    const all = queryEvents(m.index, ALL_EVENTS);
    const made = exportCounts(m);
    // Counts that differ from the events' own: the summary must follow them.
    adoptExportCounts(m, { ...made, rows: made.rows.map((r) => r * 10) });
    expect(summarizeExport(m, all).rows).toBe(10 * buildExportRows(m, all).length);
  });
  it('writes the sentence with plurals and the links', () => {
    expect(describeExport({ events: 7, rows: 15, linkedSources: 3 })).toBe(
      '7 events → 15 rows, one per event and place. Sources with their links (3 sources).',
    );
    expect(describeExport({ events: 1, rows: 1, linkedSources: 0 })).toBe(
      '1 event → 1 row, one per event and place. The sources have no links in this corpus.',
    );
    expect(describeExport({ events: 100_000, rows: 123_456, linkedSources: 1_000_000 })).toBe(
      '100,000 events → 123,456 rows, one per event and place. Sources with their links (1,000,000 sources).',
    );
  });
});
