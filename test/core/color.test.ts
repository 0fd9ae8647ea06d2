// Colour arithmetic against published reference values.
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, parseHex, simulate, toLab } from '../../src/core/color';

describe('colour arithmetic', () => {
  it('computes WCAG contrast (black on white is 21:1, #767676 on white 4.54:1)', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#767676') ?? [0, 0, 0], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('matches Sharma, Wu & Dalal’s CIEDE2000 test pairs', () => {
    const pairs: [number[], number[], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });

  it('converts sRGB to CIELAB (white is L 100, pure red 53.24, 80.09, 67.20)', () => {
    const white = toLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 2);
    const red = toLab([255, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
  });

  it('simulates deuteranopia: red and green come close, greys stay grey', () => {
    const red = toLab(simulate([220, 40, 40], 'deuteranopia'));
    const green = toLab(simulate([40, 160, 40], 'deuteranopia'));
    expect(deltaE2000(toLab([220, 40, 40]), toLab([40, 160, 40]))).toBeGreaterThan(60);
    expect(deltaE2000(red, green)).toBeLessThan(35);
    const grey = simulate([128, 128, 128], 'deuteranopia');
    for (const c of grey) expect(Math.abs(c - 128)).toBeLessThan(2);
  });
});
