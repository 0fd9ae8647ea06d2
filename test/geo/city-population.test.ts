// geo/city-population.json (built by `npm run geo`): the populations that rank the map's city labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCityPopulation, serializeCityPopulation } from '../../scripts/geo/city-population';
import { parseGazetteer } from '../../src/core/gazetteer';
import { readCityPopulation } from '../../src/core/labels';
import type { Place } from '../../src/core/types';

const GEO = join(import.meta.dirname, '..', '..', 'geo');
const text = readFileSync(join(GEO, 'city-population.json'), 'utf8');
const places = (JSON.parse(readFileSync(join(GEO, 'places.json'), 'utf8')) as { places: Place[] }).places;

/** It is loaded with the map at start, so it stays small (the README states its size). */
const BUDGET_BYTES = 10 * 1024;

describe('geo/city-population.json', () => {
  const { value, problems } = readCityPopulation(JSON.parse(text));

  it('reads without problems and gives every city of geo/places.json a population, and nothing else', () => {
    expect(problems).toEqual([]);
    const cities = places.filter((p) => p.kind === 'city').map((p) => p.id);
    expect([...value.keys()].sort()).toEqual(cities.sort());
  });

  it('holds GeoNames populations (Moscow over 10 million, Nice between 300,000 and 400,000)', () => {
    expect(value.get('moscow')).toBeGreaterThan(10_000_000);
    expect(value.get('nice')).toBeGreaterThan(300_000);
    expect(value.get('nice')).toBeLessThan(400_000);
  });

  it(`stays within ${BUDGET_BYTES / 1024} KB`, () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is reproduced byte for byte from geo/gazetteer.json', () => {
    const gazetteer = parseGazetteer(JSON.parse(readFileSync(join(GEO, 'gazetteer.json'), 'utf8')));
    expect(gazetteer.issues).toEqual([]);
    expect(serializeCityPopulation(buildCityPopulation(gazetteer.value.places)) === text).toBe(true);
  });
});
