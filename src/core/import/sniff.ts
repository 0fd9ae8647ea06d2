// What a file is, from its name and first few kilobytes: a Dateline corpus, GeoJSON, a GDELT events
// export (tab-separated, no header, 58 or 61 columns), or a CSV/TSV whose header names a preset.
import Papa from 'papaparse';
import { GDELT_COLUMNS } from './presets/gdelt-columns';
import type { Preset, Sniff } from './types';

/** How much of the text sniffing looks at. */
const SNIFF_CHARS = 64 * 1024;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Header names that identify a preset (all must be present, compared in lower case). */
const PRESET_HEADERS: readonly [Preset, readonly string[]][] = [
  ['acled', ['event_date', 'event_type', 'actor1', 'latitude', 'longitude']],
  ['ucdp', ['date_start', 'date_end', 'type_of_violence', 'side_a', 'latitude', 'longitude']],
  ['dateline', ['id', 'title', 'summary', 'start', 'end', 'precision', 'status', 'placeid']],
];

export function presetOfHeader(headers: readonly string[]): Preset {
  const names = new Set(headers.map((h) => h.trim().toLowerCase()));
  for (const [preset, needed] of PRESET_HEADERS) if (needed.every((n) => names.has(n))) return preset;
  return 'custom';
}

function sniffJson(head: string): Sniff {
  const geo = /"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head);
  return { format: geo ? 'geojson' : 'dateline', preset: geo ? 'geojson' : 'dateline', hasHeader: false };
}

export function sniffInput(fileName: string, text: string): Sniff {
  const head = stripBom(text.slice(0, SNIFF_CHARS));
  const first = head.trimStart()[0];
  const lower = fileName.toLowerCase();
  if (first === '{' || first === '[' || /\.(geo)?json$/.test(lower)) return sniffJson(head);
  const lines = head.split(/\r?\n/, 3);
  const firstLine = lines[0] ?? '';
  const tabs = firstLine.split('\t');
  if (
    /^\d+$/.test(tabs[0] ?? '') &&
    (tabs.length === GDELT_COLUMNS.v1.length || tabs.length === GDELT_COLUMNS.v2.length)
  )
    return { format: 'gdelt', preset: 'gdelt', delimiter: '\t', hasHeader: false };
  // The delimiter the first line (quoted parts left out) uses most; a .tsv name settles ties.
  // Papa's own guess weighs the data rows too, where quoted cells full of commas can mislead it.
  const bare = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  const candidates = lower.endsWith('.tsv') ? ['\t', ',', ';', '|'] : [',', '\t', ';', '|'];
  const counts = candidates.map((d) => bare.split(d).length - 1);
  const best = Math.max(...counts);
  const delimiter = best > 0 ? (candidates[counts.indexOf(best)] as string) : ',';
  const guessed = Papa.parse<string[]>(head, { preview: 1, delimiter });
  const row0 = (guessed.data[0] ?? []).map((c) => c.trim());
  // A header row has no empty and no numeric cells, and no repeats.
  const hasHeader =
    row0.length > 0 &&
    row0.every((c) => c !== '' && !Number.isFinite(Number(c))) &&
    new Set(row0).size === row0.length;
  const preset = hasHeader ? presetOfHeader(row0) : 'custom';
  return { format: delimiter === '\t' ? 'tsv' : 'csv', preset, delimiter, hasHeader };
}
