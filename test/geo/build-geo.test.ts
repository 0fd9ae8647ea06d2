// Golden checks on the committed geo/ files, and that `npm run geo` reproduces them exactly.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildGeo } from '../../scripts/geo/build';
import { containsPoint, decodeBoundaries } from '../../src/core/geo';
import type { Place } from '../../src/core/types';

const GEO = join(import.meta.dirname, '..', '..', 'geo');
const boundariesText = readFileSync(join(GEO, 'boundaries.topo.json'), 'utf8');
const placesText = readFileSync(join(GEO, 'places.json'), 'utf8');
const schemaText = readFileSync(join(GEO, 'places.schema.json'), 'utf8');
const topology = JSON.parse(boundariesText) as Topology;
const collection = topology.objects.areas as GeometryCollection<{
  name: string;
  kind: string;
  parent?: string;
}>;
const geometries = collection.geometries;
const { places } = JSON.parse(placesText) as { places: Place[] };

const { value: boundaries, problems } = decodeBoundaries(topology);
const area = (id: string) => {
  const found = boundaries.byId.get(id);
  if (!found) throw new Error(`no boundary ${id}`);
  return found;
};
const place = (id: string) => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function hasVertexIn(geometry: Polygon | MultiPolygon, [w, s, e, n]: readonly number[]): boolean {
  return ringsOf(geometry).some((ring) =>
    ring.some(([x = 0, y = 0]) => x >= (w ?? 0) && x <= (e ?? 0) && y >= (s ?? 0) && y <= (n ?? 0)),
  );
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const points = ringsOf(geometry).flat();
  const xs = points.map(([x = 0]) => x);
  const ys = points.map(([, y = 0]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Do two areas share a border segment? */
function isNeighbour(a: string, b: string): boolean {
  const shared = mesh(topology, collection, (x, y) => {
    const ids = [x.id, y.id];
    return ids.includes(a) && ids.includes(b) && x !== y;
  });
  return shared.coordinates.length > 0;
}

describe('geo/boundaries.topo.json', () => {
  it('decodes without problems into one area per geometry', () => {
    expect(problems).toEqual([]);
    expect(boundaries.areas).toHaveLength(geometries.length);
    expect(geometries.length).toBeGreaterThan(230);
  });

  it('keys every geometry by a unique string id, never -99', () => {
    const ids = geometries.map((g) => g.id);
    for (const id of ids) expect(typeof id).toBe('string');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('-99');
    expect(ids.filter((id) => /^\d+$/.test(String(id)))).toEqual([]);
    for (const id of ['POL', 'LTU', 'RUS', 'UKR', 'GEO', 'FRA', 'USA', 'GBR', 'IRN', 'ROU', 'BEL', 'CZE']) {
      expect(ids).toContain(id);
    }
  });

  it('uses common English names and keeps Natural Earth short names as aliases', () => {
    expect(area('CZE').properties).toMatchObject({ name: 'Czech Republic', kind: 'country' });
    expect(area('CZE').properties.aliases).toContain('Czechia');
    expect(area('MKD').properties.name).toBe('North Macedonia');
    expect(area('COD').properties.name).toBe('Democratic Republic of the Congo');
    expect(area('BIH').properties.aliases).toContain('Bosnia and Herz.');
    expect(area('USA').properties.name).toBe('United States');
  });

  it('marks Kosovo, Northern Cyprus and Somaliland as disputed', () => {
    expect(area('XKX').properties).toMatchObject({ name: 'Kosovo', kind: 'disputed' });
    expect(area('CYN').properties).toMatchObject({ kind: 'disputed', parent: 'CYP' });
    expect(area('SOL').properties).toMatchObject({ kind: 'disputed', parent: 'SOM' });
  });

  it('draws Kaliningrad as an exclave of Russia between Poland and Lithuania', () => {
    const kaliningrad = area('RUS-KGD');
    expect(kaliningrad.properties).toMatchObject({
      kind: 'exclave',
      parent: 'RUS',
      name: 'Kaliningrad Oblast',
    });
    const [w, s, e, n] = bboxOf(kaliningrad.geometry);
    expect(w).toBeGreaterThanOrEqual(19.5);
    expect(e).toBeLessThanOrEqual(23);
    expect(s).toBeGreaterThanOrEqual(54.3);
    expect(n).toBeLessThanOrEqual(55.4);
    expect(isNeighbour('RUS-KGD', 'POL')).toBe(true);
    expect(isNeighbour('RUS-KGD', 'LTU')).toBe(true);
    expect(hasVertexIn(area('RUS').geometry, [19.5, 54.3, 23, 55.4])).toBe(false);
    expect(containsPoint(area('RUS').geometry, 20.45, 54.71)).toBe(false);
  });

  it('draws Crimea as disputed, de jure Ukrainian, and never part of Russia', () => {
    expect(area('UKR-CRIMEA').properties).toMatchObject({ name: 'Crimea', kind: 'disputed', parent: 'UKR' });
    for (const [lon, lat] of [
      [34.1, 44.95],
      [33.53, 44.62],
      [36.45, 45.35],
    ] as const) {
      expect(containsPoint(area('UKR-CRIMEA').geometry, lon, lat), `${lon},${lat}`).toBe(true);
      expect(containsPoint(area('RUS').geometry, lon, lat), `${lon},${lat}`).toBe(false);
    }
    expect(hasVertexIn(area('RUS').geometry, [32.4, 44.3, 36.2, 46.3])).toBe(false);
    expect(isNeighbour('UKR-CRIMEA', 'UKR')).toBe(true);
  });

  it('cuts Abkhazia and South Ossetia out of Georgia', () => {
    const sukhumi: [number, number] = [41.02, 43.0];
    const tskhinvali: [number, number] = [43.97, 42.23];
    expect(area('GEO-ABKHAZIA').properties).toMatchObject({
      name: 'Abkhazia',
      kind: 'disputed',
      parent: 'GEO',
    });
    expect(area('GEO-SOUTH-OSSETIA').properties).toMatchObject({
      kind: 'disputed',
      parent: 'GEO',
      approximate: true,
    });
    expect(containsPoint(area('GEO-ABKHAZIA').geometry, ...sukhumi)).toBe(true);
    expect(containsPoint(area('GEO').geometry, ...sukhumi)).toBe(false);
    expect(containsPoint(area('GEO-SOUTH-OSSETIA').geometry, ...tskhinvali)).toBe(true);
    expect(containsPoint(area('GEO').geometry, ...tskhinvali)).toBe(false);
    expect(containsPoint(area('GEO').geometry, 44.83, 41.72)).toBe(true); // Tbilisi
    expect(isNeighbour('GEO-ABKHAZIA', 'GEO')).toBe(true);
    expect(isNeighbour('GEO-SOUTH-OSSETIA', 'RUS')).toBe(true);
  });

  it('unwraps rings at the antimeridian: no edge jumps more than 180° of longitude', () => {
    for (const g of geometries) {
      const decoded = feature(topology, g) as { geometry: Polygon | MultiPolygon };
      let largest = 0;
      for (const ring of ringsOf(decoded.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          largest = Math.max(largest, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
        }
      }
      expect(largest, `${g.id}`).toBeLessThanOrEqual(180);
    }
    // Chukotka continues east past 180° instead of wrapping.
    expect(bboxOf(area('RUS').geometry)[2]).toBeGreaterThan(180);
  });

  it('has no Antarctica', () => {
    expect(boundaries.areas.map((a) => a.properties.name)).not.toContain('Antarctica');
    expect(geometries.map((g) => g.id)).not.toContain('ATA');
    for (const a of boundaries.areas) expect(bboxOf(a.geometry)[1], a.id).toBeGreaterThan(-60);
  });

  it('shares arcs so borders and coasts are separate meshes', () => {
    expect(boundaries.borders.coordinates.length).toBeGreaterThan(150);
    expect(boundaries.coasts.coordinates.length).toBeGreaterThan(300);
  });

  it('stays within the 150 KB gzip budget', () => {
    expect(gzipSync(boundariesText, { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('geo/places.json', () => {
  it('matches geo/places.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(schemaText));
    expect(validate({ places }), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('has unique ids and coordinates in range', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of places) {
      expect(Math.abs(p.lat), p.id).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon), p.id).toBeLessThanOrEqual(180);
    }
  });

  it('refers only to boundaries and countries that exist', () => {
    const byId = new Map(places.map((p) => [p.id, p]));
    for (const p of places) {
      if (p.boundary !== undefined) expect(boundaries.byId.has(p.boundary), p.id).toBe(true);
      if (p.country !== undefined) expect(byId.get(p.country)?.kind, p.id).toBe('country');
    }
  });

  it('has a country place for every country boundary, and a place for every boundary', () => {
    for (const a of boundaries.areas) {
      const own = places.filter((p) => p.boundary === a.id);
      expect(own, a.id).toHaveLength(1);
      if (a.properties.kind === 'country') expect(own[0]?.kind, a.id).toBe('country');
    }
  });

  it('puts each area place inside its own polygon', () => {
    for (const p of places.filter((q) => q.boundary !== undefined)) {
      expect(containsPoint(area(p.boundary as string).geometry, p.lon, p.lat), p.id).toBe(true);
    }
    // Metropolitan France and the contiguous United States, not an overseas part.
    expect(place('france').lon).toBeGreaterThan(-5);
    expect(place('france').lat).toBeGreaterThan(42);
    expect(place('united-states').lat).toBeLessThan(49);
    expect(place('united-states').lon).toBeGreaterThan(-125);
  });

  it('has the ids the corpus relies on', () => {
    const required = [
      'poland',
      'czech-republic',
      'georgia',
      'kosovo',
      'lithuania',
      'russia',
      'france',
      'united-states',
      'united-kingdom',
      'iran',
      'romania',
      'belgium',
      'ukraine',
      'kaliningrad',
      'crimea',
      'abkhazia',
      'south-ossetia',
      'nice',
      'paris',
      'washington',
      'bucharest',
      'moscow',
      'brussels',
      'vienna',
      'prague',
      'warsaw',
      'tbilisi',
      'pristina',
      'belgrade',
      'kaliningrad-city',
      'tehran',
      'new-york',
      'london',
      'berlin',
      'kyiv',
      'sevastopol',
      'sukhumi',
      'tskhinvali',
      'geneva',
    ];
    const ids = new Set(places.map((p) => p.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
    expect(place('czech-republic').aliases).toContain('Czechia');
    expect(place('united-states').aliases).toEqual(
      expect.arrayContaining(['United States of America', 'USA', 'US']),
    );
    expect(place('washington')).toMatchObject({ kind: 'city', country: 'united-states' });
    expect(place('washington').aliases).toContain('Washington, D.C.');
    expect(place('kaliningrad')).toMatchObject({ kind: 'region', boundary: 'RUS-KGD', country: 'russia' });
    expect(place('kaliningrad').aliases).toEqual(['Kaliningrad Oblast', 'Kaliningrad exclave']);
    expect(place('kaliningrad-city')).toMatchObject({ kind: 'city', name: 'Kaliningrad', country: 'russia' });
    expect(place('crimea')).toMatchObject({ kind: 'region', boundary: 'UKR-CRIMEA', country: 'ukraine' });
    expect(place('sevastopol').country).toBe('ukraine');
  });

  it('lists at least 150 cities, each with a country', () => {
    const cities = places.filter((p) => p.kind === 'city');
    expect(cities.length).toBeGreaterThanOrEqual(150);
    for (const city of cities) expect(city.country, city.id).toBeTypeOf('string');
  });
});

describe('npm run geo', () => {
  it('reproduces the committed files byte for byte', () => {
    const built = buildGeo();
    expect(built.boundaries === boundariesText).toBe(true);
    expect(built.places).toBe(placesText);
    expect(built.schema).toBe(schemaText);
  });
});
