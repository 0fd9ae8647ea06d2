// Areas → one simplified, quantized TopoJSON object "areas" whose arcs are shared between
// neighbours, so borders can be drawn once with topojson-client `mesh`.

import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { Area } from './areas';

/**
 * Visvalingam weight below which a vertex is dropped, in cos-scaled square degrees (see
 * cosineTriangleArea): 0.003 ≈ 37 km², about half of Natural Earth 50m's vertices. Measured
 * with gzip -9: 0.001 → 127 KB, 0.002 → 110 KB, 0.003 → 100 KB (budget 150 KB).
 */
export const MIN_WEIGHT = 0.003;
/** Grid cells per axis: 3·10⁴ over 370° × 173° ≈ 0.012° × 0.006°, under 1.4 km. */
export const QUANTIZATION = 3e4;

/** The topology type topojson-simplify's typings expect. */
type SimplifiableTopology = Parameters<typeof presimplify>[0];

/** An arc after presimplify: each point carries its weight as a third number. */
type WeightedArc = [number, number, number][];

/**
 * Visvalingam's effective area in square degrees of longitude at the equator: the planar
 * triangle area scaled by cos(latitude), so Arctic coasts are not kept in more detail than
 * European ones just because a degree of longitude is shorter there.
 */
function cosineTriangleArea(triangle: [[number, number], [number, number], [number, number]]): number {
  const [a, b, c] = triangle;
  const planar = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  return planar * Math.cos((((a[1] + b[1] + c[1]) / 3) * Math.PI) / 180);
}

/** Distinct vertices a ring keeps after simplification: enough for a visible, testable shape. */
const MIN_RING_VERTICES = 4;

const key = (point: readonly number[]) => `${point[0]},${point[1]}`;

/**
 * After presimplify: a ring that would keep fewer than MIN_RING_VERTICES distinct vertices
 * (a small island such as Malta, or Macau whose coast arc collapses) keeps its most
 * significant ones, so every area stays a polygon with an inside.
 */
function protectSmallRings(topo: SimplifiableTopology, minWeight: number): void {
  const arcs = topo.arcs as unknown as WeightedArc[];
  const rings: number[][] = [];
  const collection = topo.objects.areas as unknown as { geometries: { type: string; arcs: unknown }[] };
  for (const geometry of collection.geometries) {
    if (geometry.type === 'Polygon') rings.push(...(geometry.arcs as number[][]));
    if (geometry.type === 'MultiPolygon') rings.push(...(geometry.arcs as number[][][]).flat());
  }
  for (const ring of rings) {
    const points = ring.flatMap((i) => arcs[i < 0 ? ~i : i] ?? []);
    const kept = new Set(points.filter((p) => p[2] >= minWeight).map(key));
    const candidates = points.filter((p) => p[2] < minWeight).sort((a, b) => b[2] - a[2]);
    for (const point of candidates) {
      if (kept.size >= MIN_RING_VERTICES) break;
      if (kept.has(key(point))) continue;
      point[2] = Infinity;
      kept.add(key(point));
    }
  }
}

export function buildTopology(areas: readonly Area[], minWeight = MIN_WEIGHT, quantization = QUANTIZATION) {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  collection.features = areas.map((area) => ({
    type: 'Feature' as const,
    id: area.id,
    properties: {
      name: area.name,
      kind: area.kind,
      ...(area.parent === undefined ? {} : { parent: area.parent }),
      ...(area.aliases.length === 0 ? {} : { aliases: area.aliases }),
      ...(area.approximate ? { approximate: true } : {}),
    },
    geometry:
      area.polygons.length === 1
        ? { type: 'Polygon' as const, coordinates: area.polygons[0] as number[][][] }
        : { type: 'MultiPolygon' as const, coordinates: area.polygons as number[][][][] },
  }));
  const weighted = presimplify(topology({ areas: collection }) as SimplifiableTopology, cosineTriangleArea);
  protectSmallRings(weighted, minWeight);
  return quantize(simplify(weighted, minWeight), quantization) as Topology;
}
