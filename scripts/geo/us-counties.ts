// US counties (Louisiana parishes) for the large gazetteer, from the pinned us-atlas package (U.S.
// Census Bureau cartographic boundaries, ISC licence): "Laurel County" at the centroid of its
// outline, in its state. Local news names its counties as often as its towns.

import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { GazetteerRow } from '../../src/core/gazetteer';
import { US_STATES } from './us-states';

const require = createRequire(import.meta.url);

/** Stand-in population: between namesake counties the article's state decides, not size. */
export const COUNTY_POPULATION = 10_000;

/** State FIPS code → GeoNames admin1 code (the postal code), by the state's name. */
function stateCodes(topology: Topology): Map<string, string> {
  const byName = new Map(US_STATES.map(([name, code]) => [name.replace(/ State$/, ''), code]));
  const states = topology.objects.states as unknown as {
    geometries: { id: string; properties: { name: string } }[];
  };
  const out = new Map<string, string>();
  for (const s of states.geometries) {
    const code = byName.get(s.properties.name);
    if (code) out.set(s.id, code);
  }
  return out;
}

type Ring = readonly (readonly number[])[];

/** Area-weighted centroid of polygons in degrees (planar: a county spans a degree or two). */
export function centroid(polygons: readonly (readonly Ring[])[]): readonly [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const rings of polygons) {
    for (const [r, ring] of rings.entries()) {
      const sign = r === 0 ? 1 : -1; // holes subtract
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = ring[i] as [number, number];
        const [x1, y1] = ring[i + 1] as [number, number];
        const cross = (x0 * y1 - x1 * y0) * sign;
        area += cross;
        x += (x0 + x1) * cross;
        y += (y0 + y1) * cross;
      }
    }
  }
  return [x / (3 * area), y / (3 * area)];
}

/**
 * Counties of the 50 states. Virginia's, Maryland's, Missouri's and Nevada's independent cities
 * (county codes 500 and up) are towns, already in the gazetteer; Alaska's boroughs and census
 * areas are left out (no "County" to name them by).
 */
export function usCounties(): GazetteerRow[] {
  const topology = require('us-atlas/counties-10m.json') as Topology;
  const codes = stateCodes(topology);
  const counties = feature(topology, topology.objects.counties as never) as unknown as {
    features: {
      id: string;
      properties: { name: string };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const rows: GazetteerRow[] = [];
  for (const f of counties.features) {
    const state = codes.get(f.id.slice(0, 2));
    if (!state || state === 'AK' || state === 'DC' || Number(f.id.slice(2)) >= 500) continue;
    const polygons = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as Ring[][];
    const [lon, lat] = centroid(polygons);
    const name = `${f.properties.name} ${state === 'LA' ? 'Parish' : 'County'}`;
    const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
    rows.push([
      `usc-${f.id}`,
      name,
      'region',
      'united-states',
      round4(lat),
      round4(lon),
      COUNTY_POPULATION,
      '',
      name.includes('St. ') ? name.replace('St. ', 'Saint ') : '',
      `us-${state.toLowerCase()}`,
    ]);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
