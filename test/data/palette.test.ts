// The topic colours of data/corpus.json (issue 14, item 8): each stands out from the basemap's land
// (WCAG 1.4.11 non-text contrast, at least 3:1), and every two are told apart (CIEDE2000 at least 12)
// with normal colour vision and as readers with deuteranopia, protanopia or tritanopia see them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  type Deficiency,
  deltaE2000,
  parseHex,
  type Rgb,
  simulate,
  toLab,
} from '../../src/core/color';

/** The basemap's land fill (src/map/BoundaryLayer.tsx). */
const LAND = '#f4f1ea';
const MIN_CONTRAST = 3;
const MIN_DELTA_E = 12;

const topics = (
  JSON.parse(readFileSync('data/corpus.json', 'utf8')) as { topics: { id: string; color: string }[] }
).topics;
const rgb = (hex: string): Rgb => {
  const c = parseHex(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

describe('topic palette', () => {
  it('uses the land fill the basemap draws', () => {
    expect(readFileSync('src/map/BoundaryLayer.tsx', 'utf8')).toContain(`'${LAND}'`);
  });

  it.each(topics)('$id stands out from the land at 3:1 or more', ({ color }) => {
    expect(contrastRatio(rgb(color), rgb(LAND))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each<'normal' | Deficiency>(['normal', 'deuteranopia', 'protanopia', 'tritanopia'])(
    'every two topics differ by ΔE2000 ≥ 12 (%s)',
    (vision) => {
      const look = (hex: string) => toLab(vision === 'normal' ? rgb(hex) : simulate(rgb(hex), vision));
      const close: string[] = [];
      for (let i = 0; i < topics.length; i++)
        for (let j = i + 1; j < topics.length; j++) {
          const [a, b] = [topics[i], topics[j]] as [(typeof topics)[0], (typeof topics)[0]];
          const d = deltaE2000(look(a.color), look(b.color));
          if (d < MIN_DELTA_E) close.push(`${a.id} ${a.color} / ${b.id} ${b.color}: ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    },
  );
});
