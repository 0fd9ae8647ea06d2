// A CSV/TSV mapped by hand (or by guessed header names): the ColumnMapping's columns become the
// event, the other non-empty cells its property table.
import { cellAt, columnOf, type LocationColumns, locate, splitList } from '../columns';
import { type Draft, isSkip, readDate, skip, timeOf } from '../draft';
import type { Lookup } from '../lookup';
import type { RowReader } from '../rows';
import type { ColumnMapping } from '../types';

const MAX_PROPERTY_COLUMNS = 100;

export type ReaderSetup =
  | { readonly ok: true; readonly read: RowReader }
  | { readonly ok: false; readonly error: string };

export function mappingReader(
  headers: readonly string[],
  mapping: ColumnMapping,
  lookup: Lookup,
): ReaderSetup {
  const col = (name: string | undefined) => columnOf(headers, name);
  const date = col(mapping.date ?? mapping.start);
  const end = mapping.start ? col(mapping.end) : -1;
  const loc: LocationColumns = {
    lat: col(mapping.lat),
    lon: col(mapping.lon),
    place: col(mapping.place),
    country: col(mapping.country),
    headers,
  };
  if (date < 0) return { ok: false, error: 'no usable date column: map a column to the date (or the start)' };
  if ((loc.lat < 0 || loc.lon < 0) && loc.place < 0 && loc.country < 0)
    return {
      ok: false,
      error: 'no usable location column: map latitude and longitude, a place name or a country',
    };
  const title = col(mapping.title);
  const description = col(mapping.description);
  const topics = (mapping.topic ?? []).map(col).filter((i) => i >= 0);
  const actors = (mapping.actors ?? []).map(col).filter((i) => i >= 0);
  const outlet = col(mapping.outlet);
  const link = col(mapping.link);
  const mapped = new Set([
    date,
    end,
    loc.lat,
    loc.lon,
    loc.place,
    loc.country,
    title,
    description,
    outlet,
    link,
    ...topics,
    ...actors,
  ]);
  const rest = headers
    .map((_, i) => i)
    .filter((i) => !mapped.has(i))
    .slice(0, MAX_PROPERTY_COLUMNS);

  return {
    ok: true,
    read(cells) {
      const startText = cellAt(cells, date);
      const start = readDate(startText);
      if (!start)
        return skip(headers[date] ?? 'date', startText ? `"${startText}" is not a date` : 'no date');
      const endText = cellAt(cells, end);
      const endDate = endText ? readDate(endText) : null;
      if (endText && !endDate) return skip(headers[end] ?? 'end', `"${endText}" is not a date`);
      const where = locate(cells, loc, lookup);
      if (isSkip(where)) return where;
      const topicLabels = topics.map((i) => cellAt(cells, i)).filter(Boolean);
      const url = cellAt(cells, link);
      const outlets = splitList(cellAt(cells, outlet));
      const properties: [string, string][] = [];
      for (const i of rest) {
        const v = cellAt(cells, i);
        if (v !== '' && headers[i]) properties.push([headers[i] as string, v]);
      }
      const draft: Draft = {
        title:
          cellAt(cells, title) ||
          topicLabels[0] ||
          `Event at ${where.kind === 'gazetteer' ? where.id : where.name}`,
        summary: cellAt(cells, description),
        time: timeOf(start, endDate),
        locations: [where],
        topics: topicLabels,
        actors: actors.map((i) => cellAt(cells, i)),
        sources: outlets.length
          ? outlets.map((o) => ({ outlet: o, ...(url ? { url } : {}) }))
          : url
            ? [{ outlet: hostOf(url), url }]
            : [],
        properties: Object.fromEntries(properties),
      };
      return draft;
    },
  };
}

/** The host of a link, as the outlet of a row that names none ("www.bbc.co.uk"). */
export function hostOf(url: string): string {
  return /^https?:\/\/([^/?#\s]+)/i.exec(url)?.[1] ?? 'link';
}
