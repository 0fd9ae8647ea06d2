// The floor benchmark's sketch (scripts/import-floor.ts) must write what the import writes, or its
// figures measure something else: held to the real import's events and sources, text for text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorSketch, sameTexts } from '../../scripts/import-floor';
import { importInput } from '../../src/core/import';
import { validateCorpus } from '../../src/core/validate';
import { benchFile } from '../bench/import-data';

const places = validateCorpus({
  corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
  places: { file: 'geo/places.json', json: JSON.parse(readFileSync('geo/places.json', 'utf8')) },
}).value.places;

describe('floorSketch', () => {
  const text = benchFile('acled', 1500, 7);
  const imported = importInput(text, { fileName: 'acled.csv', places });
  if (!imported.ok) throw new Error(imported.error);

  it("writes each event's and source's JSON text as the import does", () => {
    const sketch = floorSketch(text, true);
    expect(sameTexts(sketch.eventTexts, imported.corpus.events)).toEqual({ same: true });
    expect(sameTexts(sketch.sourceTexts, imported.corpus.sources)).toEqual({ same: true });
  });

  it('reads as many events without writing texts, and writes none', () => {
    const sketch = floorSketch(text, false);
    expect(sketch.events).toBe(imported.report.eventsLoaded);
    expect(sketch.eventTexts).toEqual([]);
  });

  it('sameTexts names the first text that differs', () => {
    const records = [{ id: 'a' }, { id: 'b' }];
    expect(sameTexts(['{"id":"a"}', '{"id":"c"}'], records)).toEqual({
      same: false,
      at: 1,
      mine: '{"id":"c"}',
      theirs: '{"id":"b"}',
    });
    expect(sameTexts(['{"id":"a"}'], records)).toMatchObject({ same: false, at: 1, mine: undefined });
  });
});
