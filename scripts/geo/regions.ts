// First-level regions outside the US that English news names as often as countries: Canada's
// provinces, Australia's states, the UK's nations (GeoNames admin1 codes). Their points are
// computed from their towns like the US states', so none is typed here. Continents are areas too:
// news names them ("other cities in Europe", "Asia's markets"), and without them "Asia" was read as
// a town of 23,000 in the Philippines. Their points are GeoNames' continent points.

import type { GazetteerRow } from '../../src/core/gazetteer';

/** [name, our country id, GeoNames country code, admin1 code, abbreviations] */
export const REGIONS: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  ['Alberta', 'canada', 'CA', '01', ['Alta.']],
  ['British Columbia', 'canada', 'CA', '02', ['B.C.']],
  ['Manitoba', 'canada', 'CA', '03', []],
  ['New Brunswick', 'canada', 'CA', '04', ['N.B.']],
  ['Newfoundland and Labrador', 'canada', 'CA', '05', ['Newfoundland']],
  ['Nova Scotia', 'canada', 'CA', '07', ['N.S.']],
  ['Ontario', 'canada', 'CA', '08', ['Ont.']],
  ['Prince Edward Island', 'canada', 'CA', '09', ['P.E.I.']],
  ['Quebec', 'canada', 'CA', '10', ['Québec', 'Que.']],
  ['Saskatchewan', 'canada', 'CA', '11', ['Sask.']],
  ['Yukon', 'canada', 'CA', '12', []],
  ['Northwest Territories', 'canada', 'CA', '13', []],
  ['Nunavut', 'canada', 'CA', '14', []],
  ['Australian Capital Territory', 'australia', 'AU', '01', []],
  ['New South Wales', 'australia', 'AU', '02', ['NSW']],
  ['Northern Territory', 'australia', 'AU', '03', []],
  ['Queensland', 'australia', 'AU', '04', []],
  ['South Australia', 'australia', 'AU', '05', []],
  ['Tasmania', 'australia', 'AU', '06', []],
  ['Victoria', 'australia', 'AU', '07', []],
  ['Western Australia', 'australia', 'AU', '08', []],
  ['England', 'united-kingdom', 'GB', 'ENG', []],
  ['Scotland', 'united-kingdom', 'GB', 'SCT', []],
  ['Wales', 'united-kingdom', 'GB', 'WLS', []],
  ['Northern Ireland', 'united-kingdom', 'GB', 'NIR', []],
];

export interface Town {
  readonly country: string;
  readonly adminCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/**
 * The regions at the middle of their towns' spread (midSpread, as for US states), with their towns'
 * population. Thinly settled ones lie south of their geographic centre (Manitoba's point is 340 km
 * from GeoNames'): still inside them, but a miss at 161 km.
 */
export function regionRows(
  towns: readonly Town[],
  midSpread: (v: readonly number[]) => number,
): GazetteerRow[] {
  return REGIONS.map(([name, country, cc, admin, aliases]) => {
    const mine = towns.filter((t) => t.country === cc && t.adminCode === admin);
    if (mine.length === 0) throw new Error(`regions: no town in ${name} (${cc} ${admin})`);
    const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
    return [
      `${cc.toLowerCase()}-${admin.toLowerCase()}`,
      name,
      'region',
      country,
      round4(midSpread(mine.map((t) => t.lat))),
      round4(midSpread(mine.map((t) => t.lon))),
      mine.reduce((n, t) => n + t.population, 0),
      '',
      aliases.join('|'),
      '',
    ];
  });
}

/** [id, name, GeoNames latitude, longitude, demonym] — GeoNames continents (feature code CONT). */
export const CONTINENTS: readonly (readonly [string, string, number, number, string])[] = [
  ['africa', 'Africa', 7.1881, 21.0938, 'African'],
  ['antarctica', 'Antarctica', -78.1586, 16.4063, ''],
  ['asia', 'Asia', 29.8406, 89.2969, 'Asian'],
  ['europe', 'Europe', 48.6909, 9.1406, 'European'],
  ['north-america', 'North America', 46.0732, -100.5469, 'North American'],
  ['oceania', 'Oceania', -18.3128, 138.5156, ''],
  ['south-america', 'South America', -14.6048, -57.6563, 'South American'],
];

/** Continents as regions of no country, above any town of the same name. */
export function continentRows(population: number): GazetteerRow[] {
  return CONTINENTS.map(([id, name, lat, lon]) => [id, name, 'region', '', lat, lon, population, '', '', '']);
}
