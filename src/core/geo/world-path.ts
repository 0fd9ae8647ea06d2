// SVG path data for the basemap in "world pixels": Web Mercator (EPSG:3857, as Leaflet projects it)
// at one fixed zoom, WORLD_ZOOM, rounded to whole pixels and written as relative moves. The map draws
// these once and only changes one transform on zoom and pan (src/map/world-svg.ts), so no vertex is
// projected, clipped or simplified again in JavaScript after the first draw.
import type { Position } from 'geojson';

/** The zoom the path data is written at: a pixel there is at most half a pixel at the map's max zoom. */
export const WORLD_ZOOM = 12;
/** Width of the world in pixels at WORLD_ZOOM (Leaflet: 256 × 2^zoom). */
export const WORLD_SIZE = 256 * 2 ** WORLD_ZOOM;

const MAX_LATITUDE = 85.0511287798;
const RAD = Math.PI / 180;

/** [x, y] in world pixels of a longitude and latitude (y grows southwards). */
export function worldPixel(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin(clamped * RAD);
  const x = WORLD_SIZE * (0.5 + lon / 360);
  const y = WORLD_SIZE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
  return [x, y];
}

/**
 * Path data for lines (`closed` false) or polygon rings (`closed` true, each ring ends with `z`):
 * an absolute move to each line's first vertex, then whole-pixel steps; steps that round to nothing
 * are left out.
 */
export function worldPathData(lines: readonly (readonly Position[])[], closed: boolean): string {
  const parts: string[] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    let px = 0;
    let py = 0;
    let steps = 0;
    line.forEach(([lon = 0, lat = 0], k) => {
      const [wx, wy] = worldPixel(lon, lat);
      const x = Math.round(wx);
      const y = Math.round(wy);
      if (k === 0) parts.push(`M${x} ${y}l`);
      else if (x !== px || y !== py) {
        parts.push(`${steps > 0 && x - px >= 0 ? ' ' : ''}${x - px}${y - py >= 0 ? ' ' : ''}${y - py}`);
        steps++;
      }
      px = x;
      py = y;
    });
    if (steps === 0) parts.push('0 0');
    if (closed) parts.push('z');
  }
  return parts.join('');
}
