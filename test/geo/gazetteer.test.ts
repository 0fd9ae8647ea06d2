// Golden checks on the committed large gazetteer, geo/gazetteer.json (built by `npm run geo`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, serializeGazetteer } from '../../scripts/geo/gazetteer';
import { parseGazetteer } from '../../src/core/gazetteer';
import type { Place } from '../../src/core/types';

const GEO = join(import.meta.dirname, '..', '..', 'geo');
const text = readFileSync(join(GEO, 'gazetteer.json'), 'utf8');
const { value: gazetteer, issues } = parseGazetteer(JSON.parse(text));
const own = (JSON.parse(readFileSync(join(GEO, 'places.json'), 'utf8')) as { places: Place[] }).places;

/** The README's budget for the lazily loaded gazetteer. */
const BUDGET_GZIP_BYTES = 1.5 * 1024 * 1024;

describe('geo/gazetteer.json', () => {
  it('parses without issues', () => {
    expect(issues).toEqual([]);
    expect(gazetteer.places.length).toBeGreaterThan(20_000);
  });

  it('stays within the 1.5 MB gzip budget', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('keeps every one of our places with our id and boundary', () => {
    for (const p of own) {
      const g = gazetteer.byId.get(p.id);
      expect(g, p.id).toBeDefined();
      expect(g?.boundary, p.id).toBe(p.boundary ?? '');
    }
    expect(gazetteer.byId.get('kaliningrad')?.boundary).toBe('RUS-KGD');
    expect(gazetteer.byId.get('kosovo')?.boundary).toBe('XKX');
    expect(gazetteer.byId.get('abkhazia')?.boundary).toBe('GEO-ABKHAZIA');
    expect(gazetteer.byId.get('south-ossetia')?.boundary).toBe('GEO-SOUTH-OSSETIA');
  });

  it('has unique ids, coordinates in range, and countries that exist', () => {
    expect(gazetteer.byId.size).toBe(gazetteer.places.length);
    for (const p of gazetteer.places) {
      if (p.country !== '') expect(gazetteer.byId.has(p.country), p.id).toBe(true);
    }
  });

  it('maps demonyms to sovereign countries', () => {
    expect(gazetteer.demonyms.get('french')?.id).toBe('france');
    expect(gazetteer.demonyms.get('russian')?.id).toBe('russia');
    expect(gazetteer.demonyms.get('czech')?.id).toBe('czech-republic');
    expect(gazetteer.demonyms.get('georgian')?.id).toBe('georgia');
  });

  it('has continents above their namesake towns, and demonyms of continents and breakaway areas', () => {
    expect(gazetteer.byName.get('asia')?.map((p) => [p.id, p.kind, p.country])[0]).toEqual([
      'asia',
      'region',
      '',
    ]);
    expect(gazetteer.byName.get('europe')?.[0]?.id).toBe('europe');
    expect(gazetteer.byName.get('south america')?.[0]?.id).toBe('south-america');
    expect(gazetteer.demonyms.get('european')?.id).toBe('europe');
    expect(gazetteer.demonyms.get('abkhaz')?.id).toBe('abkhazia');
    expect(gazetteer.demonyms.get('south ossetian')?.id).toBe('south-ossetia');
  });

  it('has GeoNames namesakes to choose from, and US states', () => {
    expect(gazetteer.byName.get('paris')?.map((p) => p.country)).toContain('united-states');
    expect(gazetteer.byName.get('georgia')?.map((p) => p.id)).toEqual(['georgia', 'us-ga']);
  });

  it('has US counties, small US towns and provinces for local news', () => {
    expect(gazetteer.byName.get('laurel county')?.map((p) => [p.id, p.admin])).toEqual([
      ['usc-21125', 'us-ky'],
    ]);
    const chiefland = gazetteer.byName.get('chiefland')?.[0];
    expect(chiefland?.admin).toBe('us-fl');
    expect(chiefland?.population).toBeLessThan(15_000);
    expect(gazetteer.byName.get('alberta')?.[0]?.id).toBe('ca-01');
    expect(gazetteer.byName.get('england')?.[0]?.country).toBe('united-kingdom');
  });
});

describe('npm run geo', () => {
  // Building reads all 135,000 GeoNames towns; the two steps are two tests so each stays fast.
  let built: ReturnType<typeof buildGazetteer> | null = null;
  const build = () => {
    built ??= buildGazetteer(own);
    return built;
  };

  it('builds the places of geo/gazetteer.json, in order, from geo/places.json and the pinned packages', () => {
    const names = build().places.map((row) => row[1]);
    expect(names.join('|') === (JSON.parse(text) as { names: string }).names).toBe(true);
  });

  it('writes geo/gazetteer.json byte for byte', () => {
    expect(serializeGazetteer(build()) === text).toBe(true);
  });
});
