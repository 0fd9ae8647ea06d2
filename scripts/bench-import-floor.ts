// What an ACLED import costs at the least, in Node (`npm run bench:floor -- [--rows 100000] [--runs 3]`):
// the same seeded file (test/bench/import-data.ts) through these passes, the fastest of --runs each:
//   bare papaparse over the whole text (the floor the import goal is counted against);
//   papaparse in the importer's chunks (src/core/import/table.ts streamTable), the cells dropped;
//   + the map's columns: a sketch of an importer that makes no event objects (scripts/import-floor.ts);
//   + JSON: the sketch also writing each event's and source's JSON text as the import does;
//   the app's own importInput and index, then + the JSON text the corpus worker writes after opening.
// Exits 1 if the sketch's texts differ from the import's.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { importInput } from '../src/core/import';
import { streamTable } from '../src/core/import/table';
import { jsonParts } from '../src/core/json-parts';
import { buildCorpusModel } from '../src/core/model';
import type { Place } from '../src/core/types';
import { validateCorpus } from '../src/core/validate';
import { benchFile } from '../test/bench/import-data';
import { floorSketch, SNIFF, sameTexts } from './import-floor';

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
const rows = Number(values.rows ?? 100_000);
const runs = Number(values.runs ?? 3);
const places: Place[] = validateCorpus({
  corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
  places: { file: 'geo/places.json', json: JSON.parse(readFileSync('geo/places.json', 'utf8')) },
}).value.places as Place[];
const text = benchFile('acled', rows);
const gc = (globalThis as { gc?: () => void }).gc;

/** The fastest of `runs` runs of `pass`, in ms, and its last result. */
function fastest<T>(pass: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let r = 0; r < runs; r++) {
    result = undefined;
    gc?.();
    const t0 = performance.now();
    result = pass();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result: result as T };
}

const bare = fastest(() => Papa.parse(text, { delimiter: ',' }).data.length);
const streamed = fastest(() => {
  let count = 0;
  streamTable(text, SNIFF, (table) => {
    count += table.rows.length;
    return true;
  });
  return count;
});
const columns = fastest(() => floorSketch(text, false));
const withJson = fastest(() => floorSketch(text, true));
const imported = fastest(() => {
  const result = importInput(text, { fileName: 'acled.csv', places, freeze: false });
  if (!result.ok) throw new Error(result.error);
  buildCorpusModel(result.value, 'floor');
  return result;
});
// As the corpus worker writes them once the map is open (src/core/corpus-job.ts): each source's text,
// then the corpus's pieces.
const written = fastest(() => {
  const sourceTexts = imported.result.corpus.sources.map((s) => JSON.stringify(s));
  return jsonParts(imported.result.corpus, 'events', { key: 'sources', items: sourceTexts }).length;
});

const corpus = imported.result.value;
const events = sameTexts(withJson.result.eventTexts, corpus.events);
const sources = sameTexts(withJson.result.sourceTexts, corpus.sources);
for (const check of [events, sources])
  if (!check.same) {
    console.error(`bench-import-floor: the sketch's text ${check.at} is not the import's:`);
    console.error(`  sketch: ${check.mine}\n  import: ${check.theirs}`);
    process.exit(1);
  }
if (columns.result.events !== corpus.events.length) {
  console.error(
    `bench-import-floor: the sketch read ${columns.result.events} events, the import ${corpus.events.length}`,
  );
  process.exit(1);
}

const line = (pass: string, ms: number) =>
  `| ${pass} | ${ms.toFixed(0)} ms | ${(ms / bare.ms).toFixed(1)}× |`;
console.log(
  `ACLED-shaped CSV, ${rows.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB, fastest of ${runs}:`,
);
console.log('| pass | time | × bare parse |');
console.log('| --- | ---: | ---: |');
console.log(line('bare papaparse', bare.ms));
console.log(line("papaparse in the importer's chunks", streamed.ms));
console.log(line("+ the map's columns (sketch, no event objects)", columns.ms));
console.log(line("+ each event's and source's JSON text (sketch)", withJson.ms));
console.log(line('the import and its index (importInput + buildCorpusModel)', imported.ms));
console.log(line('+ its JSON text (jsonParts)', imported.ms + written.ms));
