// The whole geo build as a pure function of the installed world-atlas data, so a test can run
// it in memory and compare with the committed files byte for byte.

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Area, extractAreas, readWorldAtlas } from './areas';
import { polygonsOf } from './geometry';
import { buildPlaces } from './places';
import { PLACES_SCHEMA } from './places-schema';
import { buildTopology } from './topology';

export interface GeoFiles {
  /** geo/boundaries.topo.json */
  readonly boundaries: string;
  /** geo/places.json */
  readonly places: string;
  /** geo/places.schema.json */
  readonly schema: string;
}

/** Areas with the geometry the app will draw: decoded from the simplified topology. */
function decodedAreas(areas: readonly Area[], topology: Topology): Area[] {
  const object = topology.objects.areas as GeometryCollection;
  return object.geometries.map((geometry, i) => {
    const decoded = feature(topology, geometry) as unknown as {
      geometry: { type: string; coordinates: unknown };
    };
    return { ...(areas[i] as Area), polygons: polygonsOf(decoded.geometry) };
  });
}

export function buildGeo(): GeoFiles {
  const areas = extractAreas(readWorldAtlas());
  const topology = buildTopology(areas);
  const places = buildPlaces(decodedAreas(areas, topology));
  return {
    boundaries: `${JSON.stringify(topology)}\n`,
    places: `${JSON.stringify({ places }, null, 2)}\n`,
    schema: `${JSON.stringify(PLACES_SCHEMA, null, 2)}\n`,
  };
}
