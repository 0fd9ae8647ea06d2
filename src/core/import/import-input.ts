// importInput: text in, a Dateline corpus JSON and an import report out. Checks the text (empty,
// binary, over-size), dispatches on the sniffed or chosen format, then validates the result with the
// app's own validator so only a valid corpus comes out. Never throws.
import { CorpusBuilder } from './builder';
import { readDatelineCsv } from './dateline-csv';
import { featuresOf, readFeatures } from './geojson';
import { buildLookup, type Lookup } from './lookup';
import { PRESET_MAPPINGS, suggestMapping } from './mapping';
import { passThrough } from './passthrough';
import { acledReader } from './presets/acled';
import { mappingReader } from './presets/custom';
import { gdeltReader } from './presets/gdelt';
import { ucdpReader } from './presets/ucdp';
import { addDraft, type RowReader, runRows } from './rows';
import { sniffInput, stripBom } from './sniff';
import { parseTable } from './table';
import {
  type CorpusJson,
  type ImportOptions,
  type ImportResult,
  MAX_INPUT_BYTES,
  type Preset,
  type SkippedRow,
  type Sniff,
} from './types';
import { validated } from './validated';

const ORIGIN: Record<Preset, string> = {
  dateline: 'Dateline export',
  geojson: 'GeoJSON',
  acled: 'ACLED',
  ucdp: 'UCDP GED',
  gdelt: 'GDELT',
  custom: 'CSV',
};
const ACTOR_ROLE: Record<Preset, string> = {
  dateline: 'Named in a Dateline export',
  geojson: 'Named in a GeoJSON file',
  acled: 'ACLED actor',
  ucdp: 'UCDP side',
  gdelt: 'GDELT actor',
  custom: 'Named in an imported file',
};

/** Why a text cannot be an input at all, or null. */
function unreadable(text: string, file: string, max: number): string | null {
  if (text.length > max)
    return `${file} is too large: ${(text.length / 1024 / 1024).toFixed(1)} MB, the limit is ${(max / 1024 / 1024).toFixed(1)} MB`;
  if (stripBom(text).trim() === '') return `${file} is empty`;
  const head = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return `${file} looks like a binary file, not CSV, TSV, GeoJSON or a Dateline corpus`;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd > head.length / 20
    ? `${file} looks like a binary file, not CSV, TSV, GeoJSON or a Dateline corpus`
    : null;
}

function tableReader(preset: Preset, headers: readonly string[], lookup: Lookup, options: ImportOptions) {
  if (options.mapping) return mappingReader(headers, options.mapping, lookup);
  const readers: Partial<Record<Preset, (h: readonly string[], l: Lookup) => RowReader>> = {
    acled: acledReader,
    ucdp: ucdpReader,
    gdelt: gdeltReader,
  };
  const make = readers[preset];
  if (make) {
    const mapping = PRESET_MAPPINGS[preset] ?? {};
    const missing = [mapping.date ?? mapping.start].filter((c) => c && !headers.includes(c));
    if (missing.length)
      return {
        ok: false as const,
        error: `no ${missing.join(', ')} column for the ${ORIGIN[preset]} preset`,
      };
    return { ok: true as const, read: make(headers, lookup) };
  }
  return mappingReader(headers, suggestMapping(headers, 'custom'), lookup);
}

export function importInput(text: string, options: ImportOptions): ImportResult {
  const file = options.fileName;
  const bad = unreadable(text, file, options.maxSize ?? MAX_INPUT_BYTES);
  if (bad) return { ok: false, error: bad };
  const sniffed = sniffInput(file, text);
  const sniff: Sniff = chosen(sniffed, options.preset);
  const lookup = buildLookup(options.places, options.towns);
  if (sniff.format === 'dateline') return passThrough(stripBom(text), sniff, options);
  // A row that names no outlet was reported by the data's provider (ACLED, UCDP, GDELT), or else by the file.
  const provider = sniff.preset === 'acled' || sniff.preset === 'ucdp' || sniff.preset === 'gdelt';
  const builder = new CorpusBuilder(
    lookup.places,
    ORIGIN[sniff.preset],
    ACTOR_ROLE[sniff.preset],
    file,
    provider ? ORIGIN[sniff.preset] : file,
  );
  const skipped: SkippedRow[] = [];
  let rowsRead = 0;
  if (sniff.format === 'geojson') {
    let json: unknown;
    try {
      json = JSON.parse(stripBom(text));
    } catch (error) {
      return {
        ok: false,
        error: `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    const features = featuresOf(json);
    if (!features)
      return { ok: false, error: `${file} is not GeoJSON: expected a FeatureCollection or a Feature` };
    const drafts = readFeatures(features, lookup);
    for (const { row, draft } of drafts) addDraft(builder, draft, row, skipped);
    rowsRead = features.length;
  } else {
    if (sniff.preset === 'dateline') {
      const setup = readDatelineCsv(parseTable(text, sniff), lookup);
      if (!setup.ok) return { ok: false, error: `${file}: ${setup.error}` };
      for (const { row, draft } of setup.drafts) addDraft(builder, draft, row, skipped);
      rowsRead = setup.rowsRead;
    } else {
      const headers = parseTable(text, sniff, 1).headers;
      const setup = tableReader(sniff.preset, headers, lookup, options);
      if (!setup.ok) return { ok: false, error: `${file}: ${setup.error}` };
      const outcome = runRows(text, sniff, setup.read, builder, options);
      if (outcome.cancelled) return { ok: false, error: `${file}: import cancelled` };
      rowsRead = outcome.rowsRead;
      skipped.push(...outcome.skipped);
    }
  }
  return finish(builder, { file, sniff, rowsRead, skipped }, options);
}

/** Rows read to tell whether a table with coordinates also names places without them. */
const TOWN_SAMPLE_ROWS = 1000;

/**
 * Whether importing `text` may look names up in the large gazetteer (ImportOptions.towns): a table
 * whose mapping names a place column, and either has no coordinate columns or leaves them empty in
 * some of its first rows where a place is named. Reads the header and at most those rows.
 */
export function wantsTowns(
  text: string,
  options: Pick<ImportOptions, 'fileName' | 'preset' | 'mapping'>,
): boolean {
  if (unreadable(text, options.fileName, Number.POSITIVE_INFINITY)) return false;
  const sniff = chosen(sniffInput(options.fileName, text), options.preset);
  if ((sniff.format !== 'csv' && sniff.format !== 'tsv') || sniff.preset !== 'custom') return false;
  const sample = parseTable(text, sniff, TOWN_SAMPLE_ROWS);
  const mapping = options.mapping ?? suggestMapping(sample.headers, 'custom');
  if (!mapping.place) return false;
  if (!mapping.lat || !mapping.lon) return true;
  const at = (name: string | undefined) => (name === undefined ? -1 : sample.headers.indexOf(name));
  const [place, lat, lon] = [at(mapping.place), at(mapping.lat), at(mapping.lon)];
  const cell = (row: readonly string[], i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
  return sample.rows.some(
    (row) => cell(row, place) !== '' && (cell(row, lat) === '' || cell(row, lon) === ''),
  );
}

function chosen(sniffed: Sniff, preset: ImportOptions['preset']): Sniff {
  if (!preset || preset === 'auto' || preset === sniffed.preset) return sniffed;
  if (preset === 'dateline' && sniffed.format === 'csv') return { ...sniffed, preset };
  if (preset === 'dateline' || preset === 'geojson') return { ...sniffed, format: preset, preset };
  if (preset === 'gdelt') return { format: 'gdelt', preset, delimiter: '\t', hasHeader: false };
  return { ...sniffed, preset, format: sniffed.format === 'gdelt' ? 'tsv' : sniffed.format, hasHeader: true };
}

/** Validates what the builder made with the app's validator; events it refuses are skipped rows. */
function finish(
  builder: CorpusBuilder,
  head: { file: string; sniff: Sniff; rowsRead: number; skipped: SkippedRow[] },
  options: ImportOptions,
): ImportResult {
  // The own places, sources and events were read as they were made (builder.collected).
  const json: CorpusJson = {
    sources: [],
    topics: builder.topics,
    actors: builder.actors,
    places: [],
    events: [],
  };
  const { corpus, value, report } = validated(
    json,
    head,
    options,
    (id) => builder.rowOf(id),
    builder.collected,
    builder.referencesMade,
  );
  if (report.eventsLoaded === 0 && report.rowsRead > 0 && report.skipped.length > 0) {
    const first = report.skipped[0] as SkippedRow;
    return {
      ok: false,
      error: `${head.file}: no row could be loaded (row ${first.row}, ${first.column}: ${first.reason})`,
      report,
    };
  }
  return { ok: true, corpus, value, report };
}
