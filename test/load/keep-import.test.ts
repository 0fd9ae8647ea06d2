// keepImported's `whileWriting` (the worker opens the dataset on the page while IndexedDB writes it): it
// runs exactly once, before the outcome is known, whether the dataset is kept, not asked to be kept, or
// cannot be kept (no IndexedDB here in Node, as in a browser that refuses storage).
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
  it('runs whileWriting once when nothing is to be kept', async () => {
    const calls: string[] = [];
    const summary = await keepImported(converted(), undefined, () => calls.push('open'));
    expect(calls).toEqual(['open']);
    expect(summary.ok && summary.value.kept).toBeUndefined();
  });

  it('runs whileWriting once, before the outcome, when keeping fails; a required keep is then the error', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const calls: string[] = [];
    const pending = keepImported(converted(), { info, required: true }, () => calls.push('open'));
    const summary = await pending;
    calls.push('settled');
    expect(calls).toEqual(['open', 'settled']);
    expect(summary.ok).toBe(false);
    if (!summary.ok) expect(summary.error).toMatch(/^Could not keep “acled.csv”/);
    // Not required: the summary says it was not kept, and the dataset still opens.
    const optional = await keepImported(converted(), { info, required: false }, () => calls.push('open'));
    expect(calls).toEqual(['open', 'settled', 'open']);
    expect(optional.ok && optional.value.kept?.ok).toBe(false);
  });
});
