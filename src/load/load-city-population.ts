// The cities' populations for the map's labels: a small separate file (see vite.config.ts), fetched
// once and shared by every label layer. Without it the map still names countries and event places.
import cityPopulationUrl from '../../geo/city-population.json?url';
import { readCityPopulation } from '../core/labels';
import type { Problem } from '../core/types';
import { fetchJson } from './fetch-json';

export type CityPopulationResult =
  | {
      readonly ok: true;
      readonly population: ReadonlyMap<string, number>;
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly error: string };

let shared: Promise<CityPopulationResult> | null = null;

export function loadCityPopulation(url: string = cityPopulationUrl): Promise<CityPopulationResult> {
  shared ??= fetchJson(url, 'the city populations').then((fetched) => {
    if (!fetched.ok) {
      shared = null; // a later layer may try again
      return fetched;
    }
    const read = readCityPopulation(fetched.json);
    return { ok: true, population: read.value, problems: read.problems };
  });
  return shared;
}
