// An import opens as it was converted (src/work/corpus-worker.ts keeps the worker's model instead of
// reading the kept text back): that is only right if the converted corpus, its index and its version
// equal what reopening the kept text gives — the dataset after a reload.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CorpusJobResult, runCorpusJob } from '../../src/core/corpus-job';
import { decodeBoundaries } from '../../src/core/geo';
import { eventIndexParts } from '../../src/core/index/event-index';

const placesText = readFileSync('geo/places.json', 'utf8');
const boundaryIds = [
  ...decodeBoundaries(JSON.parse(readFileSync('geo/boundaries.topo.json', 'utf8'))).value.byId.keys(),
];
const PLACES = 'geo/places.json';

function opened(result: CorpusJobResult) {
  if (!result.ok) throw new Error(result.error);
  return { corpus: result.corpus, index: eventIndexParts(result.index).parts, version: result.version };
}

describe('an imported dataset opened in place equals the same dataset reopened from its kept text', () => {
  it.each([
    'test/fixtures/import/acled.csv',
    'test/fixtures/import/ucdp.csv',
    'test/fixtures/import/area.geojson',
  ])('%s', (path) => {
    const fileName = path.split('/').pop() as string;
    const text = readFileSync(path, 'utf8');
    const imported = runCorpusJob({
      kind: 'import',
      text,
      fileName,
      placesText,
      placesFile: PLACES,
      boundaryIds,
    });
    if (!imported.ok || !imported.imported) throw new Error('the fixture did not import');
    const reopened = runCorpusJob({
      kind: 'files',
      corpusText: imported.imported.corpusParts.join(''),
      corpusFile: fileName,
      placesText,
      placesFile: PLACES,
      boundaryIds,
    });
    expect(imported.corpus.events.length).toBeGreaterThan(0);
    expect(opened(imported)).toEqual(opened(reopened));
    // Reopening reports nothing the import did not (its own problems are in its report).
    expect(reopened.ok && reopened.problems).toEqual([]);
  });
});

describe("an import's text and version", () => {
  const job = () =>
    runCorpusJob({
      kind: 'import',
      text: readFileSync('test/fixtures/import/acled.csv', 'utf8'),
      fileName: 'acled.csv',
      placesText,
      placesFile: PLACES,
      boundaryIds,
    });

  it('are written when first asked for (the worker opens the dataset first), the same whichever comes first', async () => {
    const { importSummary } = await import('../../src/load/keep-import');
    const a = job();
    const b = job();
    if (!a.ok || !b.ok || !a.imported || !b.imported) throw new Error('the fixture did not import');
    expect(a.isWritten?.()).toBe(false);
    // The page's summary does not write it.
    const summary = importSummary(a);
    expect(summary.ok && summary.value.events).toBe(a.corpus.events.length);
    expect(a.isWritten?.()).toBe(false);
    const versionFirst = a.version;
    expect(a.isWritten?.()).toBe(true);
    const partsFirst = b.imported.corpusParts;
    expect(b.isWritten?.()).toBe(true);
    expect(versionFirst).toBe(b.version);
    expect(a.imported.corpusParts.join('')).toBe(partsFirst.join(''));
    expect(a.imported.sourceTexts).toEqual(b.corpus.sources.map((s) => JSON.stringify(s)));
    // Written once: the same pieces each time.
    expect(b.imported.corpusParts).toBe(partsFirst);
  });
});
