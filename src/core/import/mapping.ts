// The column mapping a preset gives, or one guessed from common header names for a custom CSV.
import type { ColumnMapping, Preset } from './types';

export const PRESET_MAPPINGS: Readonly<Partial<Record<Preset, ColumnMapping>>> = {
  acled: {
    date: 'event_date',
    lat: 'latitude',
    lon: 'longitude',
    place: 'location',
    country: 'country',
    description: 'notes',
    topic: ['event_type', 'sub_event_type'],
    actors: ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'],
    outlet: 'source',
  },
  ucdp: {
    start: 'date_start',
    end: 'date_end',
    lat: 'latitude',
    lon: 'longitude',
    place: 'where_description',
    country: 'country',
    title: 'conflict_name',
    topic: ['type_of_violence'],
    actors: ['side_a', 'side_b'],
    outlet: 'source_office',
  },
  gdelt: {
    date: 'SQLDATE',
    lat: 'ActionGeo_Lat',
    lon: 'ActionGeo_Long',
    place: 'ActionGeo_FullName',
    topic: ['EventRootCode'],
    actors: ['Actor1Name', 'Actor2Name'],
    link: 'SOURCEURL',
  },
};

/** Header names (lower case, without spaces, _ and -) each field is guessed from, best first. */
const GUESSES: Readonly<Record<Exclude<keyof ColumnMapping, 'topic' | 'actors'>, readonly string[]>> = {
  date: ['date', 'eventdate', 'day', 'time', 'timestamp', 'datetime'],
  start: ['start', 'startdate', 'datestart', 'from', 'begin'],
  end: ['end', 'enddate', 'dateend', 'to', 'until'],
  lat: ['lat', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x'],
  place: ['place', 'location', 'city', 'town', 'placename', 'site'],
  country: ['country', 'countryname', 'iso3', 'countrycode'],
  title: ['title', 'name', 'headline', 'event', 'summary'],
  description: ['description', 'notes', 'details', 'text', 'body'],
  outlet: ['outlet', 'source', 'sources', 'publisher'],
  link: ['link', 'url', 'sourceurl', 'href'],
};
const TOPIC_GUESSES = ['topic', 'category', 'type', 'eventtype', 'theme', 'tags'];
const ACTOR_GUESSES = ['actor', 'actors', 'actor1', 'actor2', 'who', 'person', 'people'];

const norm = (h: string) => h.toLowerCase().replace(/[\s_-]/g, '');

export function suggestMapping(headers: readonly string[], preset: Preset): ColumnMapping {
  const fixed = PRESET_MAPPINGS[preset];
  if (fixed) return fixed;
  const byNorm = new Map<string, string>();
  for (const h of headers) if (!byNorm.has(norm(h))) byNorm.set(norm(h), h);
  const pick = (names: readonly string[]) => names.map((n) => byNorm.get(n)).find((h) => h !== undefined);
  const all = (names: readonly string[]) => names.flatMap((n) => byNorm.get(n) ?? []);
  const out: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [field, names] of Object.entries(GUESSES)) {
    const h = pick(names.filter((n) => !used.has(byNorm.get(n) ?? '')));
    if (h !== undefined) {
      out[field] = h;
      used.add(h);
    }
  }
  // A `date` column wins over start/end only when no start column exists.
  if (out.start !== undefined) delete out.date;
  const topic = all(TOPIC_GUESSES).filter((h) => !used.has(h));
  const actors = all(ACTOR_GUESSES).filter((h) => !used.has(h));
  if (topic.length) out.topic = topic.slice(0, 2);
  if (actors.length) out.actors = actors;
  return out as ColumnMapping;
}
