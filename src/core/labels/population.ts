// geo/city-population.json (built by `npm run geo`): the population of each city of the gazetteer
// geo/places.json, for ranking city labels. Validated at the edge: a bad row is left out, never thrown.
import type { Problem, Validated } from '../types';

export const CITY_POPULATION_FILE = 'geo/city-population.json';

/** The file's shape: `{ attribution, cities: [[place id, population], …] }`, most populous first. */
export interface CityPopulationFile {
  readonly attribution: string;
  readonly cities: readonly (readonly [string, number])[];
}

export function readCityPopulation(json: unknown): Validated<ReadonlyMap<string, number>> {
  const out = new Map<string, number>();
  const problems: Problem[] = [];
  const fail = (record: string, field: string, message: string) =>
    problems.push({ file: CITY_POPULATION_FILE, record, field, message });
  const rows = (json as { cities?: unknown } | null)?.cities;
  if (typeof json !== 'object' || json === null || !Array.isArray(rows)) {
    fail('#file', 'cities', 'expected { "cities": [[place id, population], …] }');
    return { value: out, problems };
  }
  rows.forEach((row: unknown, i) => {
    const [id, people] = Array.isArray(row) ? row : [];
    if (typeof id !== 'string' || id === '') fail(`#${i}`, 'id', 'expected a place id');
    else if (!Number.isSafeInteger(people) || (people as number) < 0)
      fail(id, 'population', 'expected a whole number of people, at least 0');
    else out.set(id, people as number);
  });
  return { value: out, problems };
}
