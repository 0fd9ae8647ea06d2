// Point-in-polygon for boundary geometry (planar, even-odd rule), in [lon, lat] degrees.

import type { MultiPolygon, Polygon, Position } from 'geojson';

function isInRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function isInPolygonRings(lon: number, lat: number, rings: readonly (readonly Position[])[]): boolean {
  return rings.reduce((inside, ring) => (isInRing(lon, lat, ring) ? !inside : inside), false);
}

/**
 * True when the point lies inside the geometry. Longitudes are also tried +360°, since rings
 * that cross the antimeridian are stored unwrapped past 180° (Chukotka, Fiji).
 */
export function containsPoint(geometry: Polygon | MultiPolygon, lon: number, lat: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    (rings) => isInPolygonRings(lon, lat, rings) || isInPolygonRings(lon + 360, lat, rings),
  );
}
