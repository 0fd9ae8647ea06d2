import { describe, expect, it } from 'vitest';
import { midSpread } from '../../scripts/geo/gazetteer';

describe('midSpread (a US state point from its towns)', () => {
  it('is the middle of the spread, not pulled by many towns on one side', () => {
    // Nine towns crowded at the east end and two in the west: a mean would sit near 9.
    expect(midSpread([0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10])).toBe(5);
  });

  it('ignores a far outlier beyond the 95th percentile', () => {
    const lons = [...Array.from({ length: 40 }, (_, i) => -100 + i / 4), -176];
    expect(midSpread(lons)).toBeGreaterThan(-101);
  });
});
