// The extent of the places a corpus's events name, for framing a dataset that is not ours (ours is
// framed Europe to the Caucasus by design). Pure; [[south, west], [north, east]] in degrees. It is worked
// out with the model — in the corpus worker when the page's model comes from one — not on the page: over
// 100k events with their own places it was a 150–190 ms task on the main thread when an import opened.
import type { OwnAreaFeature } from './model';
import type { NewsEvent, Place } from './types';

export type Extent = [[number, number], [number, number]];

/** Degrees added around the places, so a single city is not framed at street level. */
const PAD = 2;

export interface ExtentInput {
  readonly events: readonly NewsEvent[];
  readonly places: ReadonlyMap<string, Place>;
  /** Own outlines by boundary id ("own:<id>"). */
  readonly ownAreas: ReadonlyMap<string, OwnAreaFeature>;
}

export function dataExtent({ events, places, ownAreas }: ExtentInput): Extent | null {
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  const take = (lon: number, lat: number) => {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  };
  const seen = new Set<string>();
  for (const event of events)
    for (const { place } of event.places) {
      if (seen.has(place)) continue;
      seen.add(place);
      const p = places.get(place);
      if (!p) continue;
      const outline = p.boundary === undefined ? undefined : ownAreas.get(p.boundary);
      if (!outline) {
        take(p.lon, p.lat);
        continue;
      }
      // An own outline is framed whole, not just at its centre point (the outer rings: holes lie inside).
      const { geometry } = outline;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const rings of polygons)
        for (const [lon, lat] of rings[0] ?? []) take(lon as number, lat as number);
    }
  if (south > north) return null;
  return [
    [Math.max(-85, south - PAD), Math.max(-180, west - PAD)],
    [Math.min(85, north + PAD), Math.min(180, east + PAD)],
  ];
}
