// topojson's mesh (the lines shared by two areas, or of one area only), in small steps: the arcs are
// picked and stitched in one, then their coordinates decoded a few lines at a time, so that
// run-in-slices can spread the work over several tasks.
import type { MultiLineString, Position } from 'geojson';
import { feature, meshArcs } from 'topojson-client';
import type {
  GeometryCollection,
  Topology,
  MultiLineString as TopoMultiLineString,
} from 'topojson-specification';

/** Lines decoded between two pauses of meshSteps. */
const LINES_PER_STEP = 150;

/** topojson's mesh, its lines decoded a few at a time. */
export function* meshSteps(
  topology: Topology,
  collection: GeometryCollection,
  filter: (a: unknown, b: unknown) => boolean,
): Generator<void, MultiLineString, void> {
  const { arcs } = meshArcs(topology, collection, filter);
  const coordinates: Position[][] = [];
  for (let at = 0; at < arcs.length; at += LINES_PER_STEP) {
    yield;
    const part: TopoMultiLineString = { type: 'MultiLineString', arcs: arcs.slice(at, at + LINES_PER_STEP) };
    coordinates.push(...(feature(topology, part).geometry as MultiLineString).coordinates);
  }
  return { type: 'MultiLineString', coordinates };
}
