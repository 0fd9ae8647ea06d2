// npm run import -- <file> [--preset auto|dateline|geojson|acled|ucdp|gdelt] [--out corpus.json]
// Converts a file to a Dateline corpus with the same core code as the browser (src/core/import).
// The report goes to stderr (rows read / loaded / skipped, then the first skipped rows); the corpus
// to --out or stdout. Exit codes: 0 done, 1 nothing could be read (one line says why), 2 bad arguments.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer } from '../src/core/gazetteer';
import {
  importInput,
  MAX_INPUT_BYTES,
  PRESETS,
  type Preset,
  type TownFinder,
  townFinder,
  wantsTowns,
} from '../src/core/import';
import { formatSkipped } from '../src/core/import/report';
import type { Place } from '../src/core/types';
import { validateCorpus } from '../src/core/validate';
import { PLACES_FILE } from './load-files';

const USAGE = `usage: npm run import -- <file> [--preset auto|${PRESETS.filter((p) => p !== 'custom').join('|')}] [--out corpus.json]`;
/** Skipped rows printed to stderr; the rest are counted. */
const SHOWN = 20;

export interface ImportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly root?: string;
}

function gazetteer(root: string): readonly Place[] {
  const json = JSON.parse(readFileSync(join(root, PLACES_FILE), 'utf8'));
  return validateCorpus({
    corpus: { file: '-', json: { sources: [], topics: [], actors: [], events: [] } },
    places: { file: PLACES_FILE, json },
  }).value.places;
}

/** The large gazetteer's look-up (geo/gazetteer.json), for a table that names places without coordinates. */
function towns(root: string): TownFinder {
  return townFinder(parseGazetteer(JSON.parse(readFileSync(join(root, 'geo/gazetteer.json'), 'utf8'))).value);
}

export function runImport(argv: readonly string[], io: ImportIo): number {
  const fail = (message: string, code: number) => {
    io.stderr(`import: ${message}\n`);
    return code;
  };
  let values: { preset?: string; out?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { preset: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`, 2);
  }
  if (positionals.length !== 1) return fail(`expected one input file; ${USAGE}`, 2);
  const preset = values.preset ?? 'auto';
  if (preset !== 'auto' && (!(PRESETS as readonly string[]).includes(preset) || preset === 'custom'))
    return fail(`unknown preset "${preset}"; ${USAGE}`, 2);
  const file = positionals[0] as string;
  let text: string;
  try {
    if (statSync(file).size > MAX_INPUT_BYTES)
      return fail(`${file} is too large: the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`, 1);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`could not read ${file}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  const root = io.root ?? process.cwd();
  const options = { fileName: file, preset: preset as Preset | 'auto', places: gazetteer(root) };
  const result = importInput(text, wantsTowns(text, options) ? { ...options, towns: towns(root) } : options);
  const report = result.report;
  if (report) {
    io.stderr(
      `import: ${file} (${report.format}, ${report.preset}): ${report.rowsRead} rows read, ${report.eventsLoaded} events loaded, ${report.rowsSkipped} rows skipped\n`,
    );
    for (const s of report.skipped.slice(0, SHOWN)) io.stderr(`  ${formatSkipped(s)}\n`);
    if (report.skipped.length > SHOWN) io.stderr(`  … and ${report.skipped.length - SHOWN} more\n`);
  }
  if (!result.ok) return fail(result.error, 1);
  const json = `${JSON.stringify(result.corpus, null, 1)}\n`;
  if (values.out === undefined) {
    io.stdout(json);
    return 0;
  }
  try {
    writeFileSync(values.out, json, 'utf8');
  } catch (error) {
    return fail(
      `could not write ${values.out}: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  io.stderr(`import: wrote ${result.report.eventsLoaded} events to ${values.out}\n`);
  return 0;
}
