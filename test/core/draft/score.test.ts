import { describe, expect, it } from 'vitest';
import { emptyTally, scorePlaces, tallyPlaces } from '../../../src/core/draft/score';

const predicted = (start: number, end: number, name: string, kind: string, lat: number, lng: number) => ({
  start,
  end,
  name,
  kind,
  lat,
  lng,
});

describe('scorePlaces', () => {
  it('counts overlapping spans for precision and recall, and errors in km for the matched ones', () => {
    const t = emptyTally();
    tallyPlaces(
      t,
      [predicted(0, 5, 'Paris', 'city', 48.8566, 2.3522), predicted(10, 14, 'Nice', 'city', 43.7, 7.26)],
      [
        { start: 1, end: 5, lat: 48.8566, lon: 2.3522 },
        { start: 20, end: 26, lat: 0, lon: 0 },
      ],
    );
    const s = scorePlaces(t);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.accuracy161).toBe(1);
    expect(s.medianKm).toBe(0);
  });

  it('counts the right country or first-level region as resolved wherever its point lies', () => {
    const t = emptyTally();
    // Queensland: our point is 530 km from GeoNames'; Texas named for a gold point in Alberta.
    tallyPlaces(
      t,
      [
        predicted(0, 10, 'Queensland', 'region', -22.48, 149.5),
        predicted(20, 27, 'Alberta', 'region', 52.75, -114.82),
        predicted(30, 35, 'Texas', 'region', 31.1, -97.6),
      ],
      [
        { start: 0, end: 10, lat: -20, lon: 145, area: { kind: 'region', name: 'Queensland' } },
        // A town gold point: the distance counts.
        { start: 20, end: 27, lat: 52.28, lon: -117.47 },
        { start: 30, end: 35, lat: 53.5, lon: -113.5, area: { kind: 'region', name: 'Alberta' } },
      ],
    );
    expect(t.errorsKm[0]).toBe(0);
    expect(t.errorsKm[1]).toBeGreaterThan(161);
    expect(t.errorsKm[2]).toBeGreaterThan(161);
    expect(scorePlaces(t).accuracy161).toBeCloseTo(1 / 3, 5);
  });
});
