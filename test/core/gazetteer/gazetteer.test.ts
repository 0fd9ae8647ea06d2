import { describe, expect, it } from 'vitest';
import { distanceKm, encodeGazetteer, nameKey, parseGazetteer } from '../../../src/core/gazetteer';
import { MINI_GAZETTEER_JSON, MINI_GAZETTEER_ROWS, miniGazetteer } from '../../fixtures/mini-gazetteer';

describe('parseGazetteer', () => {
  it('indexes names and aliases case- and accent-insensitively, most populous first', () => {
    const g = miniGazetteer();
    expect(g.byName.get('paris')?.map((p) => p.id)).toEqual(['paris', 'gn-paris-tx']);
    expect(g.byName.get(nameKey('KÖNIGSBERG'))?.[0]?.id).toBe('kaliningrad-city');
    expect(g.byName.get('new york city')?.[0]?.id).toBe('new-york');
    expect(g.demonyms.get('russian')?.id).toBe('russia');
    expect(g.maxWords).toBeGreaterThanOrEqual(4);
  });

  it('reports a bad place by index and field and keeps the good ones', () => {
    const lat = [...MINI_GAZETTEER_JSON.lat];
    lat[3] = 91e4;
    const json = { ...MINI_GAZETTEER_JSON, kinds: `${MINI_GAZETTEER_JSON.kinds.slice(0, -1)}x`, lat };
    const { value, issues } = parseGazetteer(json, 'g.json');
    const last = MINI_GAZETTEER_ROWS.length - 1;
    expect(MINI_GAZETTEER_ROWS[last]?.[0]).toBe('new-york');
    expect(issues).toEqual(['g.json: places[3]: bad field lat', `g.json: places[${last}]: bad field kind`]);
    expect(value.places).toHaveLength(MINI_GAZETTEER_ROWS.length - 2);
    expect(value.byName.get('new york')).toEqual([]);
  });

  it('reads back every field the build wrote, with GeoNames ids and boundaries', () => {
    const g = parseGazetteer(
      encodeGazetteer(
        [['gn-123', 'Zürich', 'city', 'ch', 47.3769, 8.5417, 421_878, '', 'Zurich', '']],
        [],
        't',
      ),
    ).value;
    const expected = {
      ...{ id: 'gn-123', name: 'Zürich', kind: 'city', country: 'ch', lat: 47.3769, lon: 8.5417 },
      ...{ population: 421_878, boundary: '', admin: '' },
    };
    expect(g.byName.get('zurich')).toEqual([expected]);
    expect(miniGazetteer().byId.get('kaliningrad')?.boundary).toBe('RUS-KGD');
    expect(miniGazetteer().byId.get('gn-paris-tx')?.admin).toBe('us-tx');
  });

  it('is a full map of names when iterated', () => {
    const g = miniGazetteer();
    expect([...g.byName.keys()]).toContain('konigsberg');
    expect(g.byName.size).toBe([...g.byName.entries()].length);
    expect(g.byName.has('ga')).toBe(true);
    expect(g.byName.get('atlantis')).toBeUndefined();
  });

  it('reports keys out of order (the look-up needs them sorted)', () => {
    const keys = MINI_GAZETTEER_JSON.keys.split('|').reverse().join('|');
    expect(parseGazetteer({ ...MINI_GAZETTEER_JSON, keys }, 'g.json').issues).toEqual([
      'g.json: keys[1]: not in sorted order',
    ]);
  });

  it('never throws on input that is not a gazetteer', () => {
    for (const bad of [null, 42, 'text', [], { places: 'no' }, { format: 'dateline-gazetteer/2' }]) {
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
