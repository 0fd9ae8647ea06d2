import { describe, expect, it } from 'vitest';
import { homeState } from '../../../src/core/draft/home-state';
import { nearbySupport } from '../../../src/core/draft/proximity';
import type { GazetteerPlace } from '../../../src/core/gazetteer';

const town = (id: string, admin: string, lat = 0, lon = 0): GazetteerPlace =>
  Object.freeze({
    id,
    name: id,
    kind: 'city',
    country: 'united-states',
    lat,
    lon,
    population: 20_000,
    boundary: '',
    admin,
  });

describe('homeState', () => {
  it('is the state that explains most names, each name splitting its vote', () => {
    const names = new Map([
      ['huntsville', [town('h-al', 'us-al'), town('h-tx', 'us-tx')]],
      ['conroe', [town('c-tx', 'us-tx')]],
      ['walker county', [town('w-al', 'us-al'), town('w-tx', 'us-tx'), town('w-ga', 'us-ga')]],
    ]);
    expect(homeState(names)).toBe('us-tx');
  });

  it('is empty when two states are level or no state has enough votes', () => {
    expect(homeState(new Map([['huntsville', [town('h-al', 'us-al'), town('h-tx', 'us-tx')]]]))).toBe('');
    expect(homeState(new Map([['conroe', [town('c-tx', 'us-tx')]]]))).toBe('');
  });
});

describe('nearbySupport', () => {
  it('counts the other names with a namesake within 60 km, not the place itself', () => {
    const near = nearbySupport([
      [town('a', 'us-tx', 30.7, -95.5), town('a2', 'us-al', 34.7, -86.6)],
      [town('b', 'us-tx', 30.9, -95.6)],
      [town('c', 'us-ga', 33.9, -83.4)],
    ]);
    expect(near.get('a')).toBe(1);
    expect(near.get('b')).toBe(1);
    expect(near.has('a2')).toBe(false);
    expect(near.has('c')).toBe(false);
  });
});
