// The extent of the places a corpus's events name, for framing a dataset that is not ours (ours is
// framed Europe to the Caucasus by design). Pure; [[south, west], [north, east]] in degrees.
import type { CorpusModel, OwnAreaFeature } from './model';

/** Degrees added around the places, so a single city is not framed at street level. */
const PAD = 2;

/** The outer rings' [lon, lat] positions (holes lie inside them). */
function positionsOf(geometry: OwnAreaFeature['geometry']): readonly (readonly number[])[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings[0] ?? []);
}

export function dataExtent(model: CorpusModel): [[number, number], [number, number]] | null {
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  const seen = new Set<string>();
  for (const event of model.corpus.events)
    for (const { place } of event.places) {
      if (seen.has(place)) continue;
      seen.add(place);
      const p = model.places.get(place);
      if (!p) continue;
      const outline = p.boundary === undefined ? undefined : model.ownAreas.get(p.boundary);
      // An own outline is framed whole, not just at its centre point.
      for (const [lon, lat] of outline ? positionsOf(outline.geometry) : [[p.lon, p.lat]]) {
        south = Math.min(south, lat as number);
        north = Math.max(north, lat as number);
        west = Math.min(west, lon as number);
        east = Math.max(east, lon as number);
      }
    }
  if (south > north) return null;
  return [
    [Math.max(-85, south - PAD), Math.max(-180, west - PAD)],
    [Math.min(85, north + PAD), Math.min(180, east + PAD)],
  ];
}
