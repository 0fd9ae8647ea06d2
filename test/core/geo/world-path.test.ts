import { describe, expect, it } from 'vitest';
import {
  linesPathData,
  pixelLines,
  projectLines,
  WORLD_ZOOM,
  worldPathData,
  worldPixel,
} from '../../../src/core/geo';

/** The absolute vertices a path data string of ours visits (M x y, then relative steps, z). */
function vertices(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.split('M').slice(1)) {
    const [start = '', steps = ''] = part.replace(/z$/, '').split('l');
    const [x0, y0] = start.trim().split(/\s+/).map(Number) as [number, number];
    const ring: [number, number][] = [[x0, y0]];
    const numbers = steps.match(/-?\d+/g)?.map(Number) ?? [];
    let [x, y] = [x0, y0];
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      x += numbers[k] as number;
      y += numbers[k + 1] as number;
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

/** Distance from point p to the segment a–b. */
function toSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t =
    dx === 0 && dy === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + dx * t), p[1] - (a[1] + dy * t));
}

// A wiggly ring around Poland: 400 vertices on a circle with a small ripple.
const ring = Array.from({ length: 401 }, (_, k) => {
  const a = (2 * Math.PI * (k % 400)) / 400;
  const r = 3 + 0.01 * Math.sin(40 * a);
  return [19 + r * Math.cos(a), 52 + 0.6 * r * Math.sin(a)];
});

describe('world path data', () => {
  it('visits every vertex in whole world pixels, without a tolerance', () => {
    const [drawn] = vertices(worldPathData([ring], true));
    const expected = ring.map(([lon = 0, lat = 0]) => worldPixel(lon, lat).map(Math.round));
    // Steps that round to nothing are left out; every other vertex is there, in order.
    const deduped = expected.filter(
      (p, k) => k === 0 || p[0] !== expected[k - 1]?.[0] || p[1] !== expected[k - 1]?.[1],
    );
    expect(drawn).toEqual(deduped);
  });

  it('writes the pixels of another zoom when asked', () => {
    const [[first] = []] = vertices(worldPathData([ring], true, { zoom: 4 }));
    const [wx, wy] = worldPixel(ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0);
    const shrink = 2 ** (4 - WORLD_ZOOM);
    expect(first).toEqual([Math.round(wx * shrink), Math.round(wy * shrink)]);
  });

  it('simplifies within the tolerance, keeping the ends', () => {
    const full = pixelLines(projectLines([ring]), { zoom: 6 })[0] as Int32Array;
    const simple = pixelLines(projectLines([ring]), { zoom: 6, tolerance: 2 })[0] as Int32Array;
    expect(simple.length).toBeLessThan(full.length / 2);
    expect([...simple.slice(0, 2)]).toEqual([...full.slice(0, 2)]);
    expect([...simple.slice(-2)]).toEqual([...full.slice(-2)]);
    // Every vertex left out is within 2 px of the outline kept.
    const kept: [number, number][] = [];
    for (let k = 0; k < simple.length; k += 2) kept.push([simple[k] as number, simple[k + 1] as number]);
    for (let k = 0; k < full.length; k += 2) {
      const p: [number, number] = [full[k] as number, full[k + 1] as number];
      const nearest = Math.min(...kept.slice(1).map((b, i) => toSegment(p, kept[i] as [number, number], b)));
      expect(nearest).toBeLessThanOrEqual(2 + 1e-9);
    }
  });

  it('keeps a straight line to its two ends', () => {
    const line = Array.from({ length: 50 }, (_, k) => [k * 0.1, 0]);
    const [simple] = pixelLines(projectLines([line]), { tolerance: 1 });
    expect(simple?.length).toBe(4);
  });

  it('writes the same path data from pixel lines as from coordinates', () => {
    expect(linesPathData(pixelLines(projectLines([ring, ring.slice(0, 10)]), { zoom: 5 }), true)).toBe(
      worldPathData([ring, ring.slice(0, 10)], true, { zoom: 5 }),
    );
  });
});
