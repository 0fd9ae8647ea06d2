// npm run export -- --format geojson|csv [--corpus FILE] [--out FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topics id,id]
// Writes the events the app would show for those filters. Filtering goes through the core index
// (queryEvents), so a month-precision event overlaps any window that touches its month.
// Exit codes: 0 done, 1 files could not be read or written, 2 bad arguments.
// `runExport` is the whole command with its output streams passed in; scripts/export.ts runs it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../src/core/dates';
import { EXPORT_FORMATS, type ExportFormat, exportEvents, isExportFormat } from '../src/core/export';
import { type EventQuery, queryEvents } from '../src/core/index/query';
import type { CorpusModel } from '../src/core/model';
import { dateProblem } from '../src/core/url';
import { formatProblem, loadFiles } from './load-files';

const USAGE =
  'usage: npm run export -- --format geojson|csv [--corpus FILE] [--out FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topics id,id]';

interface Options {
  readonly format: ExportFormat;
  readonly out: string | null;
  /** A corpus file instead of data/corpus.json (e.g. one written by `npm run import`). */
  readonly corpus: string | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly topics: readonly string[] | null;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

type RawOptions = { [key: string]: string | boolean | undefined };

/** The app's own rule for a window's end (a real day, year 1000 or later), so `--from 0000-01-01` fails. */
function parseDay(raw: string | undefined, flag: string): Parsed<number | null> {
  if (raw === undefined) return { ok: true, value: null };
  const day = dateProblem(raw) === null ? parseIsoDay(raw) : null;
  if (day === null)
    return {
      ok: false,
      error: `--${flag} expects a real calendar date YYYY-MM-DD from year 1000 on, got "${raw}"`,
    };
  return { ok: true, value: day };
}

/** parseArgs keeps the last of a repeated flag silently; `--from a --from b` is a mistake to report. */
function repeatedFlag(argv: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const arg of argv) {
    const flag = /^--([a-z]+)/.exec(arg)?.[1];
    if (flag === undefined) continue;
    if (seen.has(flag)) return flag;
    seen.add(flag);
  }
  return null;
}

function parseOptions(
  argv: readonly string[],
): Parsed<Omit<Options, 'topics'> & { readonly topics: string | null }> {
  let values: RawOptions;
  const repeated = repeatedFlag(argv);
  if (repeated !== null) return { ok: false, error: `--${repeated} is given more than once; ${USAGE}` };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        corpus: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        topics: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}; ${USAGE}` };
  }
  const format = values.format;
  if (typeof format !== 'string') return { ok: false, error: `--format is required; ${USAGE}` };
  if (!isExportFormat(format))
    return { ok: false, error: `unknown format "${format}"; expected one of ${EXPORT_FORMATS.join(', ')}` };
  const from = parseDay(values.from as string | undefined, 'from');
  if (!from.ok) return from;
  const to = parseDay(values.to as string | undefined, 'to');
  if (!to.ok) return to;
  if (from.value !== null && to.value !== null && from.value > to.value) {
    return { ok: false, error: `--from ${values.from} is after --to ${values.to}` };
  }
  const out = typeof values.out === 'string' ? values.out : null;
  const corpus = typeof values.corpus === 'string' ? values.corpus : null;
  const topics = typeof values.topics === 'string' ? values.topics : null;
  return { ok: true, value: { format, out, corpus, from: from.value, to: to.value, topics } };
}

/** Topic ids must name topics of the corpus; checked after loading, since the corpus defines them. */
function parseTopics(raw: string | null, model: CorpusModel): Parsed<readonly string[] | null> {
  if (raw === null) return { ok: true, value: null };
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const known = [...model.topics.keys()].sort();
  if (ids.length === 0)
    return {
      ok: false,
      error: `--topics expects topic ids separated by commas; known topics: ${known.join(', ')}`,
    };
  const unknown = ids.filter((id) => !model.topics.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `unknown topic id${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')}; known topics: ${known.join(', ')}`,
    };
  }
  return { ok: true, value: ids };
}

export interface ExportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Folder holding data/ and geo/; the working directory by default. */
  readonly root?: string;
}

/** Runs the command; returns its exit code. */
export function runExport(argv: readonly string[], io: ExportIo): number {
  const fail = (message: string, code: number) => {
    io.stderr(`export: ${message}\n`);
    return code;
  };
  const options = parseOptions(argv);
  if (!options.ok) return fail(options.error, 2);
  const loaded = loadFiles(io.root, options.value.corpus ?? undefined);
  if (!loaded.ok) return fail(loaded.error, 1);
  for (const problem of loaded.problems) io.stderr(`export: warning: ${formatProblem(problem)}\n`);
  const topics = parseTopics(options.value.topics, loaded.model);
  if (!topics.ok) return fail(topics.error, 2);

  const { format, out, from, to } = options.value;
  const query: EventQuery = { from, to, topics: topics.value, actors: [], outlets: [], text: '' };
  const positions = queryEvents(loaded.model.index, query);
  const file = exportEvents(loaded.model, positions, format);
  if (out === null) {
    io.stdout(file.text);
    return 0;
  }
  try {
    writeFileSync(out, file.text, 'utf8');
  } catch (error) {
    return fail(`could not write ${out}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  io.stderr(`export: wrote ${positions.length} events to ${out}\n`);
  return 0;
}
