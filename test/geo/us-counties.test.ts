import { describe, expect, it } from 'vitest';
import { centroid, usCounties } from '../../scripts/geo/us-counties';

describe('centroid', () => {
  it('weighs by area and subtracts holes', () => {
    const square = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(centroid([[square]])).toEqual([1, 1]);
    const hole = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const [x, y] = centroid([[square, hole]]);
    expect(x).toBeCloseTo(7 / 6, 6);
    expect(y).toBeCloseTo(7 / 6, 6);
  });
});

describe('usCounties', () => {
  const rows = usCounties();
  const byId = new Map(rows.map((r) => [r[0], r]));

  it('names counties and Louisiana parishes, in their state, near their middle', () => {
    const laurel = byId.get('usc-21125'); // Laurel County, Kentucky (FIPS 21125)
    expect(laurel?.[1]).toBe('Laurel County');
    expect(laurel?.[9]).toBe('us-ky');
    expect(Math.abs((laurel?.[4] ?? 0) - 37.11)).toBeLessThan(0.2);
    expect(Math.abs((laurel?.[5] ?? 0) + 84.12)).toBeLessThan(0.2);
    expect(byId.get('usc-22105')?.[1]).toBe('Tangipahoa Parish');
  });

  it("leaves out Virginia's independent cities and Alaska", () => {
    expect(byId.has('usc-51760')).toBe(false); // Richmond city, Virginia
    expect(byId.get('usc-51159')?.[1]).toBe('Richmond County');
    expect(rows.some((r) => r[9] === 'us-ak')).toBe(false);
    expect(rows.length).toBeGreaterThan(3_000);
  });
});
