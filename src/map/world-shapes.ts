// The basemap's path data in world pixels (src/core/geo/world-path.ts), made in small steps so that
// run-in-slices can spread it over several tasks: one area, or a few hundred lines, per step.
import type { MultiLineString, Position } from 'geojson';
import { type BoundaryFeature, worldPathData } from '../core/geo';
import { areaSize } from '../core/labels';

export interface AreaShape {
  readonly feature: GeoJSON.Feature;
  readonly d: string;
  /** [lat, lon]: the middle of the area's largest ring's bounding box, where its tooltip opens on focus. */
  readonly center: readonly [number, number];
  /** [[south, west], [north, east]] of every ring. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
}

const LINES_PER_STEP = 150;

function rings(feature: GeoJSON.Feature): Position[][] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Made once per feature: the basemap's areas and the event layer's areas of the same boundary share it. */
const made = new WeakMap<GeoJSON.Feature, AreaShape>();

/** The shape of a Polygon or MultiPolygon feature (of nothing, for other geometries). */
export function areaShape(feature: GeoJSON.Feature): AreaShape {
  let shape = made.get(feature);
  if (shape) return shape;
  const list = rings(feature);
  let center: [number, number] = [0, 0];
  let most = -1;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const ring of list) {
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const [lon = 0, lat = 0] of ring) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
    [south, west, north, east] = [
      Math.min(south, s),
      Math.min(west, w),
      Math.max(north, n),
      Math.max(east, e),
    ];
    const size = (e - w) * (n - s);
    if (size > most) [most, center] = [size, [(s + n) / 2, (w + e) / 2]];
  }
  const bounds = [
    [south, west],
    [north, east],
  ] as const;
  shape = { feature, d: worldPathData(list, true), center, bounds };
  made.set(feature, shape);
  return shape;
}

export function* areaShapeSteps(areas: readonly BoundaryFeature[]): Generator<void, AreaShape[], void> {
  const shapes: AreaShape[] = [];
  for (const feature of areas) {
    shapes.push(areaShape(feature));
    // Measured now, a slice at a time, for the labels' first layout (areaSize keeps it).
    areaSize(feature);
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
