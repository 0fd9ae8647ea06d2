// Clipping a polygon ring to a rectangle (Sutherland–Hodgman, as Leaflet clips its own polygons), in
// whole pixels: what lies far outside the view is not given to the browser to stroke and fill.
import type { PixelLine, PixelRect } from './world-path';

const EMPTY = new Int32Array(0);

/**
 * The part of ring `ring` ([x0, y0, x1, y1, …]) inside `rect`: the ring itself when it lies wholly
 * inside, an empty ring when wholly outside, else the clipped ring (its edges along the rectangle's
 * sides where the ring left it; the rectangle should lie beyond what is seen).
 */
export function clipRing(ring: PixelLine, rect: PixelRect): PixelLine {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < ring.length; k += 2) {
    const x = ring[k] as number;
    const y = ring[k + 1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (ring.length === 0 || maxX < rect.minX || minX > rect.maxX || maxY < rect.minY || minY > rect.maxY)
    return EMPTY;
  if (minX >= rect.minX && maxX <= rect.maxX && minY >= rect.minY && maxY <= rect.maxY) return ring;
  let points: number[] = Array.from(ring);
  // One pass per side: keep what is inside it, and where an edge crosses it, the crossing.
  for (let side = 0; side < 4 && points.length > 0; side++) {
    const inside = (x: number, y: number) =>
      side === 0
        ? x >= rect.minX
        : side === 1
          ? x <= rect.maxX
          : side === 2
            ? y >= rect.minY
            : y <= rect.maxY;
    const next: number[] = [];
    const n = points.length;
    let px = points[n - 2] as number;
    let py = points[n - 1] as number;
    let pin = inside(px, py);
    for (let k = 0; k < n; k += 2) {
      const x = points[k] as number;
      const y = points[k + 1] as number;
      const cin = inside(x, y);
      if (cin !== pin) {
        const edge = side === 0 ? rect.minX : side === 1 ? rect.maxX : side === 2 ? rect.minY : rect.maxY;
        if (side < 2) {
          const t = (edge - px) / (x - px);
          next.push(edge, Math.round(py + (y - py) * t));
        } else {
          const t = (edge - py) / (y - py);
          next.push(Math.round(px + (x - px) * t), edge);
        }
      }
      if (cin) next.push(x, y);
      px = x;
      py = y;
      pin = cin;
    }
    points = next;
  }
  return points.length === 0 ? EMPTY : Int32Array.from(points);
}
