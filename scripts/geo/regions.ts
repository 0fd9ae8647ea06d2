// First-level regions outside the US that English news names as often as countries: Canada's
// provinces, Australia's states, the UK's nations (GeoNames admin1 codes). Their points are
// computed from their towns like the US states', so none is typed here. Continents are left out:
// no event happens "in Europe", and the seed gold does not list them.

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
