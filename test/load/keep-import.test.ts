// keepImported: the summary of a converted import, and its corpus kept when asked. The worker calls it
// once the dataset has gone to the page (src/work/corpus-worker.ts). No IndexedDB here in Node, as in a
// browser that refuses storage: keeping fails, and a required keep makes that the outcome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCorpusJob } from '../../src/core/corpus-job';
import { keepImported } from '../../src/load/keep-import';

function converted() {
  const result = runCorpusJob({
    kind: 'import',
    text: readFileSync('test/fixtures/import/acled.csv', 'utf8'),
    fileName: 'acled.csv',
    placesText: readFileSync('geo/places.json', 'utf8'),
    placesFile: 'geo/places.json',
  });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const info = { id: 'ds-test', name: 'acled.csv', fileName: 'acled.csv', importedAt: '2026-12-04T00:00:00Z' };

describe('keepImported', () => {
  it('summarises the import when nothing is to be kept', async () => {
    const summary = await keepImported(converted(), undefined);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.kept).toBeUndefined();
    expect(summary.value.events).toBe(2);
    expect(summary.value.report.rowsRead).toBe(4);
    expect(summary.value.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('makes a failure to keep the outcome when keeping is required, and a note when it is not', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const required = await keepImported(converted(), { info, required: true });
    expect(required.ok).toBe(false);
    if (!required.ok) expect(required.error).toMatch(/^Could not keep “acled.csv”/);
    // Not required: the summary says it was not kept, and the dataset still opens.
    const optional = await keepImported(converted(), { info, required: false });
    expect(optional.ok).toBe(true);
    expect(optional.ok && optional.value.kept?.ok).toBe(false);
  });
});
