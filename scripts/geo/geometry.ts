// Planar geometry on WGS84 longitude/latitude pairs, for the geo build only.
// Coordinates are [lon, lat] in degrees, as in GeoJSON.

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

/** Splits a Polygon or MultiPolygon into its polygons. */
export function polygonsOf(geometry: { type: string; coordinates: unknown }): PolygonCoords[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoords];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonCoords[];
  return [];
}

/** Bounding box [west, south, east, north] of a polygon's exterior ring. */
export function bboxOf(polygon: PolygonCoords): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygon[0] ?? []) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/**
 * Area of a ring in square degrees of the sinusoidal (equal-area) projection, x = lon·cos(lat),
 * so Svalbard does not outweigh mainland Norway.
 */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    const ax = a[0] * Math.cos((a[1] * Math.PI) / 180);
    const bx = b[0] * Math.cos((b[1] * Math.PI) / 180);
    sum += ax * b[1] - bx * a[1];
  }
  return Math.abs(sum / 2);
}

export function polygonArea(polygon: PolygonCoords): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

function isInRing(point: Position, ring: Ring): boolean {
  let inside = false;
  const [x, y] = point;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd point-in-polygon: inside the exterior ring and outside every hole. */
export function isInPolygon(point: Position, polygon: PolygonCoords): boolean {
  return polygon.reduce((inside, ring) => (isInRing(point, ring) ? !inside : inside), false);
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx === 0 && dy === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  const k = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + k * dx), p[1] - (a[1] + k * dy));
}

/** Distance in degrees from a point to the nearest edge of a polygon (0 when inside). */
export function distanceToPolygon(point: Position, polygon: PolygonCoords): number {
  if (isInPolygon(point, polygon)) return 0;
  return signedEdgeDistance(point, polygon);
}

function signedEdgeDistance(point: Position, polygon: PolygonCoords): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      best = Math.min(best, segmentDistance(point, ring[j] as Position, ring[i] as Position));
    }
  }
  return best;
}

/**
 * Pole of inaccessibility by grid refinement (after mapbox/polylabel, simplified):
 * the interior point farthest from any edge, to `precision` degrees. Deterministic.
 */
export function poleOfInaccessibility(polygon: PolygonCoords, precision = 0.01): Position {
  const [w, s, e, n] = bboxOf(polygon);
  let cell = Math.min(e - w, n - s) / 4;
  let best: Position = [(w + e) / 2, (s + n) / 2];
  let bestScore = isInPolygon(best, polygon) ? signedEdgeDistance(best, polygon) : -1;
  let [x0, y0, x1, y1] = [w, s, e, n];
  while (cell > precision) {
    for (let x = x0; x <= x1; x += cell) {
      for (let y = y0; y <= y1; y += cell) {
        const p: Position = [x, y];
        if (!isInPolygon(p, polygon)) continue;
        const score = signedEdgeDistance(p, polygon);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
    }
    // Zoom in around the best point once there is one; until then search the whole box finer.
    if (bestScore >= 0) [x0, y0, x1, y1] = [best[0] - cell, best[1] - cell, best[0] + cell, best[1] + cell];
    cell /= 4;
  }
  return best;
}

/** True when two consecutive vertices of a ring are more than 180° of longitude apart. */
export function crossesAntimeridian(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i] as Position)[0] - (ring[i - 1] as Position)[0]) > 180) return true;
  }
  return false;
}

/**
 * Natural Earth stitches rings across 180° (Chukotka, Wrangel Island, a Fijian island), so a
 * flat map would draw a band around the world. Shifting the polygon's western longitudes by
 * +360° lets the ring continue east past 180°, which Leaflet draws where it belongs.
 */
export function unwrapAntimeridian(polygon: PolygonCoords): PolygonCoords {
  if (!polygon.some(crossesAntimeridian)) return polygon;
  return polygon.map((ring) => ring.map(([x, y]): Position => [x < 0 ? x + 360 : x, y]));
}
