// In one Chromium worker and one run: the seeded file (test/bench/import-data.ts), a bare papaparse
// parse of it (JSON.parse for GeoJSON; the better of two), then the whole import as the corpus worker
// runs it (importInput: parse + map + validate, then the event index).
import Papa from 'papaparse';
import placesJson from '../../../geo/places.json';
import { importInput } from '../../../src/core/import';
import { buildCorpusModel, contentHash } from '../../../src/core/model';
import { validateCorpus } from '../../../src/core/validate';
import { type BenchFormat, benchFile } from '../import-data';

export interface WorkerFigures {
  readonly bareMs: number;
  readonly importMs: number;
  readonly indexMs: number;
  readonly events: number;
}

const NAMES: Record<BenchFormat, string> = {
  acled: 'acled.csv',
  ucdp: 'ucdp.csv',
  gdelt: 'events.CSV',
  geojson: 'bench.geojson',
};

function bare(format: BenchFormat, text: string): number {
  const t0 = performance.now();
  if (format === 'geojson') JSON.parse(text);
  else Papa.parse(text, { delimiter: format === 'gdelt' ? '\t' : ',' });
  return performance.now() - t0;
}

self.onmessage = (e: MessageEvent<{ format: BenchFormat; rows: number }>) => {
  const { format, rows } = e.data;
  const places = validateCorpus({
    corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
    places: { file: 'geo/places.json', json: placesJson },
  }).value.places;
  const text = benchFile(format, rows);
  const bareMs = Math.min(bare(format, text), bare(format, text));
  const t0 = performance.now();
  const result = importInput(text, { fileName: NAMES[format], places });
  const importMs = performance.now() - t0;
  if (!result.ok) {
    self.postMessage({ error: result.error });
    return;
  }
  const t1 = performance.now();
  const model = buildCorpusModel(result.value, contentHash(text));
  const indexMs = performance.now() - t1;
  self.postMessage({ bareMs, importMs, indexMs, events: model.index.events.length } satisfies WorkerFigures);
};
