// SVG path data for the basemap in "world pixels": Web Mercator (EPSG:3857, as Leaflet projects it)
// at one fixed zoom, WORLD_ZOOM, rounded to whole pixels and written as relative moves. The map draws
// these once and only changes one transform on zoom and pan (src/map/world-svg.ts), so no vertex is
// projected, clipped or simplified again in JavaScript after the first draw.
import type { Position } from 'geojson';
import { clipRing } from './clip';

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

/** A line or ring in whole pixels of some zoom, as [x0, y0, x1, y1, …]. */
export type PixelLine = Int32Array;

/** A rectangle in the same pixels as the lines it clips. */
export interface PixelRect {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** A line or ring in world pixels (WORLD_ZOOM), not rounded, as [x0, y0, x1, y1, …]. */
export type WorldLine = Float64Array;

/** Lines of longitudes and latitudes in world pixels: the projection, done once per shape. */
export function projectLines(lines: readonly (readonly Position[])[]): WorldLine[] {
  return lines.map((line) => {
    const flat = new Float64Array(line.length * 2);
    line.forEach(([lon = 0, lat = 0], k) => {
      const [x, y] = worldPixel(lon, lat);
      flat[2 * k] = x;
      flat[2 * k + 1] = y;
    });
    return flat;
  });
}

/**
 * Lines in whole pixels of zoom `zoom` (WORLD_ZOOM unless said), repeated vertices left out. With a
 * `tolerance` (in those pixels), each line is simplified (Douglas–Peucker): no vertex left out lies
 * farther than that from the line kept; the first and last stay.
 */
export function pixelLines(
  lines: readonly WorldLine[],
  { zoom = WORLD_ZOOM, tolerance = 0 }: { readonly zoom?: number; readonly tolerance?: number } = {},
): PixelLine[] {
  const shrink = 2 ** (zoom - WORLD_ZOOM);
  const out: PixelLine[] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k < line.length; k += 2) {
      const x = Math.round((line[k] as number) * shrink);
      const y = Math.round((line[k + 1] as number) * shrink);
      const last = xs.length - 1;
      if (last >= 0 && xs[last] === x && ys[last] === y) continue;
      xs.push(x);
      ys.push(y);
    }
    const keep = tolerance > 0 ? simplified(xs, ys, tolerance) : null;
    let kept = 0;
    for (let k = 0; k < xs.length; k++) if (!keep || keep[k] === 1) kept++;
    const flat = new Int32Array(kept * 2);
    let at = 0;
    for (let k = 0; k < xs.length; k++) {
      if (keep && keep[k] === 0) continue;
      flat[at++] = xs[k] as number;
      flat[at++] = ys[k] as number;
    }
    out.push(flat);
  }
  return out;
}

/**
 * Path data for lines (`closed` false) or polygon rings (`closed` true, each ring ends with `z`):
 * an absolute move to each line's first vertex, then whole-pixel steps; steps that round to nothing
 * are left out. With `clip`, rings are clipped to that rectangle (clipRing): a ring wholly outside it
 * is left out, one wholly inside is written whole.
 */
export function linesPathData(lines: readonly PixelLine[], closed: boolean, clip?: PixelRect): string {
  const parts: string[] = [];
  for (const whole of lines) {
    const line = clip && closed ? clipRing(whole, clip) : whole;
    if (line.length === 0) continue;
    let px = line[0] as number;
    let py = line[1] as number;
    parts.push(`M${px} ${py}l`);
    let steps = 0;
    for (let k = 2; k < line.length; k += 2) {
      const x = line[k] as number;
      const y = line[k + 1] as number;
      if (x === px && y === py) continue;
      parts.push(`${steps > 0 && x - px >= 0 ? ' ' : ''}${x - px}${y - py >= 0 ? ' ' : ''}${y - py}`);
      steps++;
      px = x;
      py = y;
    }
    if (steps === 0) parts.push('0 0');
    if (closed) parts.push('z');
  }
  return parts.join('');
}

/** Path data straight from longitudes and latitudes (pixelLines, then linesPathData). */
export function worldPathData(
  lines: readonly (readonly Position[])[],
  closed: boolean,
  options: { readonly zoom?: number; readonly tolerance?: number } = {},
): string {
  return linesPathData(pixelLines(projectLines(lines), options), closed);
}

/** Squared distance from (x, y) to the segment from (ax, ay) to (bx, by). */
function segmentDistance2(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  let dx = bx - ax;
  let dy = by - ay;
  let cx = ax;
  let cy = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      cx = bx;
      cy = by;
    } else if (t > 0) {
      cx += dx * t;
      cy += dy * t;
    }
  }
  dx = x - cx;
  dy = y - cy;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker: 1 for each vertex kept. */
function simplified(xs: readonly number[], ys: readonly number[], tolerance: number): Uint8Array {
  const n = xs.length;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    let farthest = -1;
    let most = limit;
    const ax = xs[first] as number;
    const ay = ys[first] as number;
    const bx = xs[last] as number;
    const by = ys[last] as number;
    for (let k = first + 1; k < last; k++) {
      const d = segmentDistance2(xs[k] as number, ys[k] as number, ax, ay, bx, by);
      if (d > most) {
        most = d;
        farthest = k;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push(first, farthest, farthest, last);
  }
  return keep;
}
