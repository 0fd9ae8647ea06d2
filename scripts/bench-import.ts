// Import benchmark (`npm run bench`, or `npm run bench:import -- [--sizes 10000,100000,1000000]`):
// seeded synthetic files (test/bench/import-data.ts) through the whole import in Node — parse, map,
// validate (importInput) and index (buildCorpusModel) — against a bare papaparse parse of the same
// text (JSON.parse for GeoJSON) in the same run: the floor any importer pays.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { importInput } from '../src/core/import';
import { buildCorpusModel, contentHash } from '../src/core/model';
import { validateCorpus } from '../src/core/validate';
import { BENCH_FORMATS, type BenchFormat, benchFile } from '../test/bench/import-data';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, formats: { type: 'string' } } });
const sizes = (values.sizes ?? '10000,100000').split(',').map(Number);
const formats = (values.formats?.split(',') ?? BENCH_FORMATS) as BenchFormat[];
const places = validateCorpus({
  corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
  places: { file: 'geo/places.json', json: JSON.parse(readFileSync('geo/places.json', 'utf8')) },
}).value.places;

const gc = (globalThis as { gc?: () => void }).gc;
const ms = (t0: number) => performance.now() - t0;

function bare(format: BenchFormat, text: string): number {
  const t0 = performance.now();
  if (format === 'geojson') JSON.parse(text);
  else Papa.parse(text, { delimiter: format === 'gdelt' ? '\t' : ',' });
  return ms(t0);
}

console.log(
  '| format | rows | MB | bare parse | import (parse+map+validate) | index | total | rows/s | × bare | peak heap |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes)
  for (const format of formats) {
    const text = benchFile(format, size);
    const name = format === 'gdelt' ? 'events.CSV' : format === 'geojson' ? 'bench.geojson' : `${format}.csv`;
    gc?.();
    const floor = Math.min(bare(format, text), bare(format, text));
    gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const t0 = performance.now();
    const result = importInput(text, { fileName: name, places });
    const tImport = ms(t0);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (!result.ok) throw new Error(result.error);
    const t1 = performance.now();
    const model = buildCorpusModel(result.value, contentHash(text));
    const tIndex = ms(t1);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(timer);
    const total = tImport + tIndex;
    console.log(
      `| ${format} | ${size.toLocaleString('en')} | ${(text.length / 1e6).toFixed(1)} | ${floor.toFixed(0)} ms | ${tImport.toFixed(0)} ms | ${tIndex.toFixed(0)} ms | ${total.toFixed(0)} ms | ${Math.round((size / total) * 1000).toLocaleString('en')} | ${(total / floor).toFixed(1)}× | ${Math.round((peak - base) / 1e6)} MB |`,
    );
    if (model.index.events.length !== result.report.eventsLoaded) throw new Error('index lost events');
  }
