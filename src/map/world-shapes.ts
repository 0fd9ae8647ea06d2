// The basemap's path data in world pixels (src/core/geo/world-path.ts), made in small steps so that
// run-in-slices can spread it over several tasks: one area, or a few hundred lines, per step.
import type { MultiLineString, Position } from 'geojson';
import { type BoundaryFeature, worldPathData } from '../core/geo';

export interface AreaShape {
  readonly feature: BoundaryFeature;
  readonly d: string;
  /** [lat, lon]: the middle of the area's largest ring's bounding box, where its tooltip opens on focus. */
  readonly center: readonly [number, number];
}

const LINES_PER_STEP = 200;

function rings(feature: BoundaryFeature): Position[][] {
  const { geometry } = feature;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function middle(list: readonly Position[][]): [number, number] {
  let best: [number, number] = [0, 0];
  let most = -1;
  for (const ring of list) {
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const [lon = 0, lat = 0] of ring) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
    const size = (e - w) * (n - s);
    if (size > most) [most, best] = [size, [(s + n) / 2, (w + e) / 2]];
  }
  return best;
}

export function* areaShapeSteps(areas: readonly BoundaryFeature[]): Generator<void, AreaShape[], void> {
  const shapes: AreaShape[] = [];
  for (const feature of areas) {
    const list = rings(feature);
    shapes.push({ feature, d: worldPathData(list, true), center: middle(list) });
    yield;
  }
  return shapes;
}

/** One path data string per MultiLineString. */
export function* lineShapeSteps(meshes: readonly MultiLineString[]): Generator<void, string[], void> {
  const out: string[] = [];
  for (const { coordinates } of meshes) {
    const parts: string[] = [];
    for (let at = 0; at < coordinates.length; at += LINES_PER_STEP) {
      parts.push(worldPathData(coordinates.slice(at, at + LINES_PER_STEP), false));
      yield;
    }
    out.push(parts.join(''));
  }
  return out;
}
