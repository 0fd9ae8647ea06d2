// The file format of geo/gazetteer.json: one column per field instead of one array per place,
// and the name index already built: every folded name and alias, sorted, with its places most
// populous first. A few long strings and flat number arrays parse several times faster than
// 24,000 small arrays, and loading needs no Unicode folding, no Map of 25,000 keys and no sort.

import { nameKey } from './name-key';

/** One place as the build writes it: [id, name, kind, country id, lat, lon, population, boundary, aliases joined by "|", US state id]. */
export type GazetteerRow = readonly [
  string,
  string,
  string,
  string,
  number,
  number,
  number,
  string,
  string,
  string,
];

export const GAZETTEER_FORMAT = 'dateline-gazetteer/2';

/**
 * Separator of the entries of a string column. Printable, so JSON needs no escapes inside the
 * long strings and parses them on its fast path; names and keys never contain it.
 */
export const SEPARATOR = '|';

/** geo/gazetteer.json. Every string column holds one entry per place, joined by SEPARATOR. */
export interface GazetteerColumns {
  readonly format: typeof GAZETTEER_FORMAT;
  readonly attribution: string;
  /** [adjective or demonym, country place id] */
  readonly demonyms: readonly (readonly [string, string])[];
  /** Place ids; a bare number n stands for the GeoNames town "gn-n". */
  readonly ids: string;
  readonly names: string;
  /** One letter per place: KIND_LETTERS. */
  readonly kinds: string;
  /** Country and US state ids, referred to by index; codes[0] is "" (none). */
  readonly codes: readonly string[];
  readonly country: readonly number[];
  readonly admin: readonly number[];
  /** Degrees × 10,000 (about 11 m). */
  readonly lat: readonly number[];
  readonly lon: readonly number[];
  readonly population: readonly number[];
  /** Every look-up key (nameKey of a name or alias), sorted by UTF-16 code units, joined by SEPARATOR. */
  readonly keys: string;
  /** For each key, its place indices most populous first, joined by ",", keys joined by SEPARATOR. */
  readonly postings: string;
  /** The longest key, in words. */
  readonly maxWords: number;
  /** [place index, boundary id] for the few places drawn as areas. */
  readonly boundaries: readonly (readonly [number, string])[];
}

export const KIND_LETTERS = { country: 'n', region: 'r', city: 'c', site: 's' } as const;

const GEONAMES_ID = /^gn-(\d+)$/;

/** Rows to columns (used by `npm run geo` and by test fixtures). */
export function encodeGazetteer(
  rows: readonly GazetteerRow[],
  demonyms: readonly (readonly [string, string])[],
  attribution: string,
): GazetteerColumns {
  const codes = [''];
  const codeIndex = new Map([['', 0]]);
  const code = (id: string) => {
    if (!codeIndex.has(id)) codeIndex.set(id, codes.push(id) - 1);
    return codeIndex.get(id) as number;
  };
  const letters: Readonly<Record<string, string>> = KIND_LETTERS;
  if (rows.some((r) => r[0].includes(SEPARATOR) || r[1].includes(SEPARATOR)))
    throw new Error(`gazetteer: a place id or name holds the separator "${SEPARATOR}"`);
  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const name of r[8] === '' ? [r[1]] : [r[1], ...r[8].split('|')]) {
      const key = nameKey(name);
      const list = byKey.get(key);
      if (key === '' || list?.[list.length - 1] === i) continue;
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const population = (i: number) => (rows[i] as GazetteerRow)[6];
  return {
    format: GAZETTEER_FORMAT,
    attribution,
    demonyms,
    ids: rows.map((r) => GEONAMES_ID.exec(r[0])?.[1] ?? r[0]).join(SEPARATOR),
    names: rows.map((r) => r[1]).join(SEPARATOR),
    kinds: rows.map((r) => letters[r[2]] ?? '?').join(''),
    codes,
    country: rows.map((r) => code(r[3])),
    admin: rows.map((r) => code(r[9])),
    lat: rows.map((r) => Math.round(r[4] * 1e4)),
    lon: rows.map((r) => Math.round(r[5] * 1e4)),
    population: rows.map((r) => r[6]),
    keys: keys.join(SEPARATOR),
    postings: keys
      .map((k) =>
        [...(byKey.get(k) as number[])].sort((a, b) => population(b) - population(a) || a - b).join(','),
      )
      .join(SEPARATOR),
    maxWords: keys.reduce((most, k) => Math.max(most, Math.min(6, k.split(' ').length)), 1),
    boundaries: rows.flatMap((r, i) => (r[7] === '' ? [] : [[i, r[7]] as const])),
  };
}

/** One column per line: still plain JSON, and a diff says which column changed. */
export function serializeColumns(file: GazetteerColumns): string {
  const lines = Object.entries(file).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{${lines.join(',\n')}}\n`;
}
