// ACLED export (CSV with a header), per the ACLED Codebook (2023 and later column names):
//   event_date  "2024-01-31" or "31 January 2024"
//   time_precision 1 = the exact day; 2 = a day within a week is known ("the middle of the week" is
//                  given) → approximate, the week around it; 3 = only the month → month precision
//   geo_precision  1 = the town itself; 2 = near a town or part of a region → a site; 3 = a larger
//                  region (provincial centroid) → a region point
//   event_type, sub_event_type → topics; actor1, assoc_actor_1, actor2, assoc_actor_2 → actors
//   (assoc_actor_* list several actors separated by ";"); source → outlets (";"); notes → summary.
import { formatEventTime } from '../../dates';
import { type LocationColumns, locate, splitList } from '../columns';
import { isSkip, readDate, shiftDay, skip } from '../draft';
import type { Lookup } from '../lookup';
import type { RowReader } from '../rows';
import { columnsOf, keep } from './shared';

/** The columns kept as the event's property table. */
export const ACLED_KEPT = [
  'event_id_cnty',
  'disorder_type',
  'interaction',
  'civilian_targeting',
  'fatalities',
  'admin1',
  'admin2',
  'admin3',
  'iso',
  'source_scale',
  'time_precision',
  'geo_precision',
  'tags',
];

export function acledReader(headers: readonly string[], lookup: Lookup): RowReader {
  const c = columnsOf(headers);
  const loc: LocationColumns = {
    lat: c.index('latitude'),
    lon: c.index('longitude'),
    place: c.index('location'),
    country: c.index('country'),
    headers,
  };
  return (cells) => {
    const dateText = c.get(cells, 'event_date');
    const date = readDate(dateText);
    if (date?.form !== 'day') return skip('event_date', dateText ? `"${dateText}" is not a date` : 'no date');
    const tp = c.get(cells, 'time_precision');
    const time =
      tp === '3'
        ? { start: date.text.slice(0, 7), precision: 'month' as const }
        : tp === '2'
          ? {
              start: shiftDay(date.text, -3),
              end: shiftDay(date.text, 3),
              precision: 'approximate' as const,
              // "week of 3 Feb 2024": a reader's words, as the card shows them.
              label: `week of ${formatEventTime({ start: date.text, precision: 'day' })}`,
            }
          : { start: date.text, precision: 'day' as const };
    const gp = c.get(cells, 'geo_precision');
    const where = locate(cells, loc, lookup, gp === '3' ? 'region' : 'point', gp === '2' ? 'site' : 'city');
    if (isSkip(where)) return where;
    const type = c.get(cells, 'event_type');
    const sub = c.get(cells, 'sub_event_type');
    const place = c.get(cells, 'location') || c.get(cells, 'country');
    // Loops into one list each, not flatMap and filter: this runs for every row of the file.
    const actors: string[] = [];
    for (const name of ACLED_ACTOR_COLUMNS)
      for (const actor of splitList(c.get(cells, name))) actors.push(actor);
    const sources = splitList(c.get(cells, 'source')).map((outlet) => ({ outlet }));
    return {
      id: c.get(cells, 'event_id_cnty'),
      title: `${sub || type || 'Event'}${place ? ` in ${place}` : ''}`,
      summary: c.get(cells, 'notes'),
      time,
      locations: [where],
      topics: type === '' ? (sub === '' ? [] : [sub]) : sub === '' || sub === type ? [type] : [type, sub],
      actors,
      sources,
      properties: keep(cells, c.get, ACLED_KEPT),
    };
  };
}

export const ACLED_ACTOR_COLUMNS = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'];
