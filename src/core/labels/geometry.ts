// Sizes of areas on the map, in Web Mercator pixels at zoom 0 (the world is 256 px wide; every zoom
// level doubles them), so a label can ask "does my text fit inside this country at this zoom?".
import type { Feature, Position } from 'geojson';

/** Mercator x and y at zoom 0, in pixels of a 256 px world. */
export function mercatorX(lon: number): number {
  return 128 + (lon / 360) * 256;
}

export function mercatorY(lat: number): number {
  // Clamped to Web Mercator's limit, where y would run off to infinity.
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return 128 - (128 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

export interface AreaSize {
  /** Width and height of the bounding box of the largest part, px at zoom 0. */
  readonly spanX: number;
  readonly spanY: number;
  /** Area of the largest part's outer ring, px² at zoom 0: how large it looks on the map. */
  readonly area: number;
}

function ringSize(ring: readonly Position[]): AreaSize {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let twice = 0;
  let px = 0;
  let py = 0;
  for (let i = 0; i < ring.length; i++) {
    const x = mercatorX(ring[i]?.[0] ?? 0);
    const y = mercatorY(ring[i]?.[1] ?? 0);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (i > 0) twice += px * y - x * py;
    px = x;
    py = y;
  }
  if (ring.length === 0) return { spanX: 0, spanY: 0, area: 0 };
  return { spanX: maxX - minX, spanY: maxY - minY, area: Math.abs(twice) / 2 };
}

/** Sizes measured so far: a feature's geometry never changes (the boundaries are frozen). */
const measured = new WeakMap<Feature, AreaSize | null>();

/**
 * The on-map size of a Polygon or MultiPolygon feature's largest part; null for other geometry.
 * Measured once per feature.
 */
export function areaSize(feature: Feature): AreaSize | null {
  let size = measured.get(feature);
  if (size === undefined) {
    size = measure(feature);
    measured.set(feature, size);
  }
  return size;
}

function measure(feature: Feature): AreaSize | null {
  const g = feature.geometry;
  if (!g) return null;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!polygons) return null;
  let best: AreaSize | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const size = ringSize(outer);
    if (!best || size.area > best.area) best = size;
  }
  return best;
}
