// GDELT events export (1.0: 58 columns, 2.0: 61; tab-separated, no header; see gdelt-columns.ts):
//   SQLDATE YYYYMMDD → a day; EventRootCode (CAMEO) → a topic labelled by its root;
//   ActionGeo_Type 1 = country → the country's area (looked up by ActionGeo_FullName); 2 = US state,
//   5 = world state (ADM1) → a region point; 3 = US city, 4 = world city → a city point at
//   ActionGeo_Lat/Long; 0 or empty = no location (skipped). Actor1Name/Actor2Name → actors;
//   SOURCEURL → the source (its host as the outlet); GoldsteinScale, NumArticles etc. kept.
import { type LocationColumns, locate } from '../columns';
import { isSkip, readDate, skip } from '../draft';
import type { Lookup } from '../lookup';
import type { RowReader } from '../rows';
import { hostOf } from './custom';
import { CAMEO_ROOTS } from './gdelt-columns';
import { columnsOf, keep } from './shared';

const KEPT = [
  'GLOBALEVENTID',
  'EventCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
];

const LEVEL: Readonly<Record<string, 'country' | 'region' | 'point'>> = {
  '1': 'country',
  '2': 'region',
  '3': 'point',
  '4': 'point',
  '5': 'region',
};

export function gdeltReader(headers: readonly string[], lookup: Lookup): RowReader {
  const c = columnsOf(headers);
  const loc: LocationColumns = {
    lat: c.index('ActionGeo_Lat'),
    lon: c.index('ActionGeo_Long'),
    place: c.index('ActionGeo_FullName'),
    country: c.index('ActionGeo_FullName'),
    headers,
  };
  return (cells) => {
    if (cells.length !== headers.length)
      return skip('(row)', `expected ${headers.length} tab-separated columns, got ${cells.length}`);
    const dateText = c.get(cells, 'SQLDATE');
    const date = readDate(dateText);
    if (!date || !/^\d{8}$/.test(dateText)) return skip('SQLDATE', `"${dateText}" is not a date YYYYMMDD`);
    const level = LEVEL[c.get(cells, 'ActionGeo_Type')];
    if (!level) return skip('ActionGeo_Type', 'no location (ActionGeo_Type is 0 or empty)');
    const where = locate(cells, loc, lookup, level, 'city');
    if (isSkip(where)) return where;
    const root = c.get(cells, 'EventRootCode').padStart(2, '0');
    const label = CAMEO_ROOTS[root];
    const a1 = c.get(cells, 'Actor1Name');
    const a2 = c.get(cells, 'Actor2Name');
    const url = c.get(cells, 'SOURCEURL');
    return {
      id: c.get(cells, 'GLOBALEVENTID'),
      title: `${label ?? 'Event'}${a1 ? `: ${a1}` : ''}${a2 ? ` → ${a2}` : ''}`,
      time: { start: date.text, precision: date.form },
      locations: [where],
      topics: label ? [label] : [],
      actors: [a1, a2],
      sources: url ? [{ outlet: hostOf(url), url }] : [],
      properties: keep(cells, c.get, KEPT),
    };
  };
}
