import { describe, expect, it } from 'vitest';
import { distanceKm, nameKey, parseGazetteer } from '../../../src/core/gazetteer';
import { MINI_GAZETTEER_JSON, miniGazetteer } from '../../fixtures/mini-gazetteer';

describe('parseGazetteer', () => {
  it('indexes names and aliases case- and accent-insensitively, most populous first', () => {
    const g = miniGazetteer();
    expect(g.byName.get('paris')?.map((p) => p.id)).toEqual(['paris', 'gn-paris-tx']);
    expect(g.byName.get(nameKey('KÖNIGSBERG'))?.[0]?.id).toBe('kaliningrad-city');
    expect(g.byName.get('new york city')?.[0]?.id).toBe('new-york');
    expect(g.demonyms.get('russian')?.id).toBe('russia');
    expect(g.maxWords).toBeGreaterThanOrEqual(4);
  });

  it('reports a bad row by index and field and keeps the good rows', () => {
    const json = {
      ...MINI_GAZETTEER_JSON,
      places: [...MINI_GAZETTEER_JSON.places, ['x', 'X', 'planet', '', 0, 0, 1, '', '', ''], 'junk'],
    };
    const { value, issues } = parseGazetteer(json, 'g.json');
    expect(issues).toEqual([
      'g.json: places[14]: bad field kind',
      'g.json: places[15]: bad field not a 10-field row',
    ]);
    expect(value.places).toHaveLength(MINI_GAZETTEER_JSON.places.length);
  });

  it('never throws on input that is not a gazetteer', () => {
    for (const bad of [null, 42, 'text', [], { places: 'no' }]) {
      const { value, issues } = parseGazetteer(bad);
      expect(value.places).toEqual([]);
      expect(issues.length).toBeGreaterThan(0);
    }
  });
});

describe('distanceKm', () => {
  it('measures Paris to Nice at about 686 km', () => {
    expect(distanceKm(48.8566, 2.3522, 43.7102, 7.262)).toBeCloseTo(686, -1);
    expect(distanceKm(10, 10, 10, 10)).toBe(0);
  });
});
