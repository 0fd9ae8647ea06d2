// Natural Earth countries → our areas: stable ids, common names, Kaliningrad and Crimea split
// out of Russia, Abkhazia and South Ossetia cut out of Georgia, rings unwrapped at 180°.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BREAKAWAY_AREAS, type BreakawayArea } from './breakaway';
import {
  AREAS_BY_NAME,
  AREAS_BY_NUMERIC,
  type AreaEntry,
  type AreaKind,
  DROPPED_NAMES,
  INDIAN_OCEAN_TERRITORIES,
  MERGED_BY_NAME,
} from './countries';
import {
  bboxOf,
  isInPolygon,
  type PolygonCoords,
  type Position,
  polygonsOf,
  type Ring,
  unwrapAntimeridian,
} from './geometry';

export interface Area {
  readonly id: string;
  readonly name: string;
  readonly kind: AreaKind;
  readonly parent?: string;
  readonly aliases: readonly string[];
  readonly approximate: boolean;
  readonly polygons: PolygonCoords[];
}

/** Parts of another area's MultiPolygon that become areas of their own, found by bounding box. */
interface SplitPart {
  readonly from: string;
  /** [west, south, east, north] degrees that the part's exterior ring must lie within. */
  readonly within: readonly [number, number, number, number];
  readonly area: Omit<Area, 'polygons'>;
}

const SPLIT_PARTS: readonly SplitPart[] = [
  {
    from: 'RUS',
    within: [19, 54, 23.5, 56],
    area: {
      id: 'RUS-KGD',
      name: 'Kaliningrad Oblast',
      kind: 'exclave',
      parent: 'RUS',
      aliases: ['Kaliningrad'],
      approximate: false,
    },
  },
  {
    // Natural Earth 4.1 draws Crimea as a separate polygon of Russia's MultiPolygon (it touches
    // Ukraine only at the Perekop isthmus). It is Ukraine's de jure, occupied by Russia since 2014.
    from: 'RUS',
    within: [32, 44, 37, 46.5],
    area: {
      id: 'UKR-CRIMEA',
      name: 'Crimea',
      kind: 'disputed',
      parent: 'UKR',
      aliases: ['Crimean Peninsula', 'Autonomous Republic of Crimea'],
      approximate: false,
    },
  },
];

interface NaturalEarthFeature {
  readonly id?: string;
  readonly properties: { readonly name: string };
  readonly geometry: { readonly type: string; readonly coordinates: unknown };
}

export function readWorldAtlas(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

function entryOf(f: NaturalEarthFeature): AreaEntry {
  const entry = AREAS_BY_NAME.get(f.properties.name) ?? (f.id ? AREAS_BY_NUMERIC.get(f.id) : undefined);
  if (!entry) throw new Error(`No area for Natural Earth feature "${f.properties.name}" (id ${f.id})`);
  return entry;
}

function toArea(entry: AreaEntry, polygons: PolygonCoords[]): Area {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind ?? 'country',
    ...(entry.parent === undefined ? {} : { parent: entry.parent }),
    aliases: entry.aliases ?? [],
    approximate: false,
    polygons,
  };
}

function isWithin(polygon: PolygonCoords, box: readonly [number, number, number, number]): boolean {
  const [w, s, e, n] = bboxOf(polygon);
  return w >= box[0] && s >= box[1] && e <= box[2] && n <= box[3];
}

function splitParts(areas: Map<string, Area>): void {
  for (const part of SPLIT_PARTS) {
    const from = areas.get(part.from);
    if (!from) throw new Error(`Split: no area ${part.from}`);
    const inside = from.polygons.filter((p) => isWithin(p, part.within));
    if (inside.length === 0) throw new Error(`Split: ${part.area.id} not found in ${part.from}`);
    areas.set(part.from, { ...from, polygons: from.polygons.filter((p) => !inside.includes(p)) });
    areas.set(part.area.id, { ...part.area, polygons: inside });
  }
}

function nearestVertex(ring: Ring, point: Position): number {
  let best = 0;
  let bestDistance = Infinity;
  // The last vertex repeats the first; skip it so indices stay unique.
  for (let i = 0; i < ring.length - 1; i++) {
    const [x, y] = ring[i] as Position;
    const d = Math.hypot(x - point[0], y - point[1]);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

/** Walks an closed ring forward from vertex `from` to vertex `to`, both included. */
function walk(ring: Ring, from: number, to: number): Ring {
  const n = ring.length - 1;
  const out: Ring = [];
  for (let i = from; ; i = (i + 1) % n) {
    out.push(ring[i] as Position);
    if (i === to) return out;
  }
}

/**
 * Cuts one polygon in two along a line whose ends snap to the nearest outline vertices, so
 * both pieces share the cut exactly and keep the original ring's winding.
 */
export function cutPolygon(polygon: PolygonCoords, cut: readonly Position[], inside: Position) {
  const ring = polygon[0] as Ring;
  const start = nearestVertex(ring, cut[0] as Position);
  const end = nearestVertex(ring, cut[cut.length - 1] as Position);
  const interior = cut.slice(1, -1).filter((p) => isInPolygon(p, polygon));
  const forward = [...walk(ring, start, end), ...[...interior].reverse()];
  const backward = [...walk(ring, end, start), ...interior];
  const a: PolygonCoords = [[...forward, forward[0] as Position]];
  const b: PolygonCoords = [[...backward, backward[0] as Position]];
  return isInPolygon(inside, a) ? { piece: a, rest: b } : { piece: b, rest: a };
}

function cutBreakaway(areas: Map<string, Area>, breakaway: BreakawayArea): void {
  const georgia = areas.get('GEO');
  if (!georgia) throw new Error('No Georgia to cut');
  const index = georgia.polygons.findIndex((p) => isInPolygon(breakaway.inside, p));
  const polygon = georgia.polygons[index];
  if (!polygon) throw new Error(`${breakaway.name} is not inside Georgia`);
  const { piece, rest } = cutPolygon(polygon, breakaway.cut, breakaway.inside);
  const polygons = georgia.polygons.map((p, i) => (i === index ? rest : p));
  areas.set('GEO', { ...georgia, polygons });
  areas.set(breakaway.id, {
    id: breakaway.id,
    name: breakaway.name,
    kind: 'disputed',
    parent: 'GEO',
    aliases: breakaway.aliases,
    approximate: breakaway.approximate,
    polygons: [piece],
  });
}

/** All areas, sorted by id, with every polygon unwrapped at the antimeridian. */
export function extractAreas(topology: Topology): Area[] {
  const object = topology.objects.countries;
  if (!object) throw new Error('world-atlas topology has no "countries" object');
  const collection = feature(topology, object) as unknown as { features: NaturalEarthFeature[] };
  const areas = new Map<string, Area>();
  const merges: [string, PolygonCoords[]][] = [];
  for (const f of collection.features) {
    const name = f.properties.name;
    const polygons = polygonsOf(f.geometry);
    const mergeInto = MERGED_BY_NAME.get(name);
    if (DROPPED_NAMES.has(name)) continue;
    if (mergeInto) {
      merges.push([mergeInto, polygons]);
    } else if (name === INDIAN_OCEAN_TERRITORIES.name) {
      const { splitLon, west, east } = INDIAN_OCEAN_TERRITORIES;
      areas.set(
        west.id,
        toArea(
          west,
          polygons.filter((p) => bboxOf(p)[2] < splitLon),
        ),
      );
      areas.set(
        east.id,
        toArea(
          east,
          polygons.filter((p) => bboxOf(p)[0] >= splitLon),
        ),
      );
    } else {
      const entry = entryOf(f);
      if (areas.has(entry.id)) throw new Error(`Duplicate area id ${entry.id}`);
      // Natural Earth's own short name stays findable ("Bosnia and Herz.", "Czechia").
      const aliases = [...(entry.aliases ?? [])];
      if (name !== entry.name && !aliases.includes(name)) aliases.push(name);
      areas.set(entry.id, toArea({ ...entry, aliases }, polygons));
    }
  }
  for (const [id, polygons] of merges) {
    const area = areas.get(id);
    if (!area) throw new Error(`Merge target ${id} missing`);
    areas.set(id, { ...area, polygons: [...area.polygons, ...polygons] });
  }
  splitParts(areas);
  for (const breakaway of BREAKAWAY_AREAS) cutBreakaway(areas, breakaway);
  return [...areas.values()]
    .map((area) => ({ ...area, polygons: area.polygons.map(unwrapAntimeridian) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
