// GeoJSON geometries of imported features: points and own outlines, checked and reduced to
// [lon, lat] (altitude dropped).
import type { AreaGeometry } from '../types';

type Position = [number, number];

function position(p: unknown): Position | null {
  if (!Array.isArray(p) || p.length < 2) return null;
  const [lon, lat] = p;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return null;
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

function ring(r: unknown): Position[] | null {
  if (!Array.isArray(r) || r.length < 4) return null;
  const out: Position[] = [];
  for (const p of r) {
    const q = position(p);
    if (!q) return null;
    out.push(q);
  }
  const a = out[0] as Position;
  const b = out[out.length - 1] as Position;
  return a[0] === b[0] && a[1] === b[1] ? out : null;
}

function polygon(rings: unknown): Position[][] | null {
  if (!Array.isArray(rings) || rings.length === 0) return null;
  const out: Position[][] = [];
  for (const r of rings) {
    const q = ring(r);
    if (!q) return null;
    out.push(q);
  }
  return out;
}

export type ReadGeometry =
  | { readonly kind: 'points'; readonly points: readonly Position[] }
  | { readonly kind: 'area'; readonly geometry: AreaGeometry; readonly center: Position }
  | { readonly kind: 'bad'; readonly reason: string };

/** The middle of the outline's bounding box: where its label and list anchor go. */
function center(polygons: readonly Position[][][]): Position {
  let w = 180;
  let e = -180;
  let s = 90;
  let n = -90;
  for (const poly of polygons)
    for (const [lon, lat] of poly[0] ?? []) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [(w + e) / 2, (s + n) / 2];
}

export function readGeoJsonGeometry(g: unknown): ReadGeometry {
  if (typeof g !== 'object' || g === null) return { kind: 'bad', reason: 'no geometry' };
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  const bad = (what: string): ReadGeometry => ({ kind: 'bad', reason: `${type} with ${what}` });
  if (type === 'Point') {
    const p = position(coordinates);
    return p ? { kind: 'points', points: [p] } : bad('a position that is not [lon, lat] within range');
  }
  if (type === 'MultiPoint') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return bad('no positions');
    const points = coordinates.map(position);
    return points.every((p) => p !== null)
      ? { kind: 'points', points: points as Position[] }
      : bad('a position that is not [lon, lat] within range');
  }
  if (type === 'Polygon') {
    const p = polygon(coordinates);
    return p
      ? { kind: 'area', geometry: { type, coordinates: p }, center: center([p]) }
      : bad('a ring that is not closed or out of range');
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return bad('no polygons');
    const ps = coordinates.map(polygon);
    return ps.every((p) => p !== null)
      ? {
          kind: 'area',
          geometry: { type, coordinates: ps as Position[][][] },
          center: center(ps as Position[][][]),
        }
      : bad('a ring that is not closed or out of range');
  }
  return {
    kind: 'bad',
    reason: `expected Point, MultiPoint, Polygon or MultiPolygon, got ${String(type).slice(0, 30)}`,
  };
}
