// UCDP Georeferenced Event Dataset (GED) CSV, per the UCDP GED Codebook version 23.1:
//   date_start, date_end: the event's earliest and latest possible day; date_prec:
//     1 exact day; 2 a range of 2–6 days; 3 only the week; 4 8–30 days or only the month;
//     5 more than a month or only the year. 1 → day; 2–3 → approximate (the range);
//     4 → month when the range is one calendar month; 5 → year when it is one calendar year;
//     otherwise approximate.
//   where_prec: 1 exact place; 2 within 25 km; 3 second-order admin unit; 4 first-order admin unit;
//     5 a linear feature (road, river) or a part of a country; 6 only the country → the country's
//     area; 7 international waters or airspace. 1–2 → city point; 3–4 → region point; 5, 7 → site.
//   type_of_violence 1 state-based, 2 non-state, 3 one-sided → topics; side_a, side_b → actors;
//   conflict_name → title; source_office / source_headline / source_date (";") → sources; best etc. kept.

import type { EventTime, PlaceKind } from '../../types';
import { type LocationColumns, locate, splitList } from '../columns';
import { isSkip, readDate, skip } from '../draft';
import type { Lookup } from '../lookup';
import type { RowReader } from '../rows';
import { columnsOf, keep } from './shared';

export const VIOLENCE: Readonly<Record<string, string>> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};

const KEPT = [
  'id',
  'best',
  'high',
  'low',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'date_prec',
  'where_prec',
  'event_clarity',
  'adm_1',
  'adm_2',
  'source_article',
];

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y as number, m as number, 0)).toISOString().slice(0, 10);
}

function ucdpTime(start: string, end: string, prec: string): EventTime {
  if (
    prec === '4' &&
    start.slice(0, 7) === end.slice(0, 7) &&
    start.endsWith('-01') &&
    end === lastDayOfMonth(end.slice(0, 7))
  )
    return { start: start.slice(0, 7), precision: 'month' };
  if (
    prec === '5' &&
    start.slice(0, 4) === end.slice(0, 4) &&
    start.endsWith('-01-01') &&
    end.endsWith('-12-31')
  )
    return { start: start.slice(0, 4), precision: 'year' };
  if (start === end) return { start, precision: 'day' };
  return prec === '1' ? { start, end, precision: 'day' } : { start, end, precision: 'approximate' };
}

const WHERE: Readonly<Record<string, ['point' | 'region' | 'country', PlaceKind]>> = {
  '1': ['point', 'city'],
  '2': ['point', 'city'],
  '3': ['region', 'region'],
  '4': ['region', 'region'],
  '5': ['point', 'site'],
  '6': ['country', 'country'],
  '7': ['point', 'site'],
};

export function ucdpReader(headers: readonly string[], lookup: Lookup): RowReader {
  const c = columnsOf(headers);
  const loc: LocationColumns = {
    lat: c.index('latitude'),
    lon: c.index('longitude'),
    place: c.index('where_description'),
    country: c.index('country'),
    headers,
  };
  return (cells) => {
    const startText = c.get(cells, 'date_start');
    const endText = c.get(cells, 'date_end') || startText;
    const start = readDate(startText);
    if (start?.form !== 'day')
      return skip('date_start', startText ? `"${startText}" is not a date` : 'no date');
    const end = readDate(endText);
    if (end?.form !== 'day') return skip('date_end', `"${endText}" is not a date`);
    const time = ucdpTime(start.text, end.text, c.get(cells, 'date_prec'));
    const [level, kind] = WHERE[c.get(cells, 'where_prec')] ?? ['point', 'city'];
    const where = locate(cells, loc, lookup, level, kind);
    if (isSkip(where)) return where;
    const offices = splitList(c.get(cells, 'source_office'));
    const headlines = splitList(c.get(cells, 'source_headline'));
    const dates = splitList(c.get(cells, 'source_date'));
    const sideA = c.get(cells, 'side_a');
    const sideB = c.get(cells, 'side_b');
    const violence = VIOLENCE[c.get(cells, 'type_of_violence')];
    return {
      id: c.get(cells, 'id'),
      title: c.get(cells, 'conflict_name') || c.get(cells, 'dyad_name') || `${sideA} – ${sideB}`,
      summary: [sideA && sideB ? `${sideA} – ${sideB}` : sideA, c.get(cells, 'where_description')]
        .filter(Boolean)
        .join(', '),
      time,
      locations: [where],
      topics: violence ? [violence] : [],
      actors: [sideA, sideB],
      sources: offices.map((outlet, k) => {
        const published = readDate(dates[k] ?? '');
        return {
          outlet,
          ...(headlines[k] ? { headline: headlines[k] } : {}),
          ...(published?.form === 'day' ? { published: published.text } : {}),
        };
      }),
      properties: keep(cells, c.get, KEPT),
    };
  };
}
