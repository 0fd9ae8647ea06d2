import { describe, expect, it } from 'vitest';
import { clipRing, linesPathData } from '../../../src/core/geo';

const rect = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
const square = (x0: number, y0: number, x1: number, y1: number) =>
  Int32Array.from([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0]);

/** Shoelace area of a flat ring. */
function area(ring: Int32Array): number {
  let twice = 0;
  const n = ring.length;
  for (let k = 0; k < n; k += 2) {
    const [x, y] = [ring[k] as number, ring[k + 1] as number];
    const [nx, ny] = [ring[(k + 2) % n] as number, ring[(k + 3) % n] as number];
    twice += x * ny - nx * y;
  }
  return Math.abs(twice) / 2;
}

describe('clipRing', () => {
  it('returns a ring wholly inside as it is', () => {
    const inside = square(10, 10, 20, 20);
    expect(clipRing(inside, rect)).toBe(inside);
  });

  it('leaves out a ring wholly outside', () => {
    expect(clipRing(square(200, 200, 300, 300), rect).length).toBe(0);
  });

  it('cuts a ring across the rectangle to the part inside', () => {
    const clipped = clipRing(square(50, -50, 150, 50), rect);
    for (let k = 0; k < clipped.length; k += 2) {
      expect(clipped[k]).toBeGreaterThanOrEqual(0);
      expect(clipped[k]).toBeLessThanOrEqual(100);
      expect(clipped[k + 1]).toBeGreaterThanOrEqual(0);
      expect(clipped[k + 1]).toBeLessThanOrEqual(100);
    }
    expect(area(clipped)).toBe(50 * 50);
  });

  it('keeps the whole rectangle of a ring around it', () => {
    expect(area(clipRing(square(-500, -500, 500, 500), rect))).toBe(100 * 100);
  });

  it('drops clipped-away rings from path data, and keeps the rest', () => {
    const d = linesPathData([square(200, 200, 300, 300), square(10, 10, 20, 20)], true, rect);
    expect(d).toBe('M10 10l10 0 0 10-10 0 0-10z');
  });
});
