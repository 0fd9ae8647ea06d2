// The extent of the places a corpus's events name, for framing a dataset that is not ours (ours is
// framed Europe to the Caucasus by design). Pure; [[south, west], [north, east]] in degrees.
import type { CorpusModel } from './model';

/** Degrees added around the places, so a single city is not framed at street level. */
const PAD = 2;

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
      south = Math.min(south, p.lat);
      north = Math.max(north, p.lat);
      west = Math.min(west, p.lon);
      east = Math.max(east, p.lon);
    }
  if (south > north) return null;
  return [
    [Math.max(-85, south - PAD), Math.max(-180, west - PAD)],
    [Math.min(85, north + PAD), Math.min(180, east + PAD)],
  ];
}
