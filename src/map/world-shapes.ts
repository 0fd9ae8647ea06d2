// The basemap's path data in world pixels (src/core/geo/world-path.ts), made in small steps so that
// run-in-slices can spread it over several tasks: one area, or a few hundred lines, per step.
import type { MultiLineString, Position } from 'geojson';
import {
  type BoundaryFeature,
  linesPathData,
  type PixelLine,
  pixelLines,
  projectLines,
  WORLD_ZOOM,
  type WorldLine,
  worldPathData,
} from '../core/geo';
import { areaSize } from '../core/labels';

export interface AreaShape {
  readonly feature: GeoJSON.Feature;
  readonly d: string;
  /** Its rings in world pixels, projected once: other zooms' outlines are made from them. */
  readonly world: readonly WorldLine[];
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
  const world = projectLines(list);
  shape = { feature, d: linesPathData(pixelLines(world), true), world, center, bounds };
  made.set(feature, shape);
  return shape;
}

/** The outline of each feature at each zoom level asked for (see areaLinesAt). */
const atLevel = new WeakMap<GeoJSON.Feature, Map<number, PixelLine[]>>();

/** The whole zoom level whose outlines suit zoom `zoom` (at most WORLD_ZOOM, the full data). */
export function pathLevel(zoom: number): number {
  return Math.min(WORLD_ZOOM, Math.max(0, Math.ceil(zoom - 1e-9)));
}

/** How far (pixels at the outline's level) a simplified outline may stray: as the old Leaflet layer. */
const SIMPLIFY_PX = 2;

/**
 * An area's rings in the pixels of zoom `level` (pathLevel), simplified to within SIMPLIFY_PX of
 * them, as Leaflet simplifies its own polygons. Fewer vertices are what a repaint pays for, and the
 * event areas are repainted at each filter change.
 */
export function areaLinesAt(feature: GeoJSON.Feature, level: number): PixelLine[] {
  let byLevel = atLevel.get(feature);
  if (!byLevel) {
    byLevel = new Map();
    atLevel.set(feature, byLevel);
  }
  let lines = byLevel.get(level);
  if (lines === undefined) {
    lines = pixelLines(areaShape(feature).world, {
      zoom: level,
      tolerance: level >= WORLD_ZOOM ? 0 : SIMPLIFY_PX,
    });
    byLevel.set(level, lines);
  }
  return lines;
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
