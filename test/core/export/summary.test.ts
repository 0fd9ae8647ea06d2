// The Download menu's sentence must agree with the files: its row count is the rows the export writes.
import { describe, expect, it } from 'vitest';
import { buildExportRows, describeExport, summarizeExport } from '../../../src/core/export';
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
  it('writes the sentence with plurals and the links', () => {
    expect(describeExport({ events: 7, rows: 15, linkedSources: 3 })).toBe(
      '7 events → 15 rows, one per event and place. Sources with their links (3 sources).',
    );
    expect(describeExport({ events: 1, rows: 1, linkedSources: 0 })).toBe(
      '1 event → 1 row, one per event and place. The sources have no links in this corpus.',
    );
  });
});
