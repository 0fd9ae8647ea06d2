// Spots: the point places with visible events, clustered by supercluster and weighted by their
// event counts. Usually a few hundred to a few thousand places: one index for every zoom, rebuilt
// after a filter change, cheap. An import of 100,000 rows brings up to 100,000 places of its own, and
// clustering them is a long task (230–340 ms for every zoom at once): above LAZY_ABOVE places each zoom
// is clustered on its own, when it is first shown, by `clusterAtZoom` — which the page runs in a worker
// (src/work/spot-worker.ts, src/map/use-spot-index.ts) and reads back as flat arrays (ZoomSpots).
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type { PointAggregate } from './points';
import type { AggregationPrep } from './prepare';

interface SpotProps {
  /** Point number in prep.pointIds. */
  readonly point: number;
  readonly count: number;
}

interface ClusterProps {
  /** Sum of the member places' event counts. */
  count: number;
  /** Member place with the most events, for "near Paris". */
  top: number;
  topCount: number;
}

type Clusters = Supercluster<SpotProps, ClusterProps>;

/** The spots of one visible set, by zoom. */
export interface SpotIndex {
  /** Spots within [west, south, east, north] degrees at a zoom. */
  query(bbox: readonly [number, number, number, number], zoom: number): Spot[];
  /** The zoom at which cluster `clusterId`, shown at zoom `zoom`, splits into more than one spot. */
  expansionZoom(clusterId: number, zoom: number): number;
}

/** Places above which each zoom's clusters are made on their own, when first shown. */
export const LAZY_ABOVE = 10_000;

export type Spot =
  | {
      readonly kind: 'place';
      readonly point: number;
      readonly lat: number;
      readonly lon: number;
      readonly count: number;
    }
  | {
      readonly kind: 'cluster';
      readonly clusterId: number;
      readonly lat: number;
      readonly lon: number;
      /** Events in the cluster (sum over its places). */
      readonly count: number;
      /** Places in the cluster. */
      readonly places: number;
      /** Point number of its busiest place. */
      readonly near: number;
    };

/** Clustering options; radius in CSS pixels at each zoom. */
// extent 256 matches Leaflet's 256 px tiles, so radius is in screen pixels; above maxZoom every place
// is its own spot.
export const SPOT_CLUSTER_OPTIONS = { radius: 40, extent: 256, maxZoom: 8, minPoints: 2 } as const;

/** The places with visible events, as flat arrays: what a worker is sent to cluster. */
export interface SpotInput {
  readonly point: Int32Array;
  readonly count: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

export function spotInput(prep: AggregationPrep, points: PointAggregate): SpotInput {
  const n = points.active.length;
  const input = {
    point: Int32Array.from(points.active),
    count: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const p = points.active[k] as number;
    input.count[k] = points.count[p] as number;
    input.lon[k] = prep.pointLon[p] as number;
    input.lat[k] = prep.pointLat[p] as number;
  }
  return input;
}

function clusters(input: SpotInput, zooms: { minZoom?: number; maxZoom?: number } = {}): Clusters {
  const features: PointFeature<SpotProps>[] = new Array(input.point.length);
  for (let k = 0; k < input.point.length; k++) {
    features[k] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [input.lon[k] as number, input.lat[k] as number] },
      properties: { point: input.point[k] as number, count: input.count[k] as number },
    };
  }
  return new Supercluster<SpotProps, ClusterProps>({
    ...SPOT_CLUSTER_OPTIONS,
    ...zooms,
    map: (props) => ({ count: props.count, top: props.point, topCount: props.count }),
    reduce: (acc, props) => {
      acc.count += props.count;
      if (props.topCount > acc.topCount) {
        acc.top = props.top;
        acc.topCount = props.topCount;
      }
    },
  }).load(features);
}

function toSpot(f: ReturnType<Clusters['getClusters']>[number]): Spot {
  const [lon, lat] = f.geometry.coordinates as [number, number];
  const props = f.properties as Partial<ClusterProperties> & Partial<ClusterProps> & Partial<SpotProps>;
  if (props.cluster) {
    return {
      kind: 'cluster',
      clusterId: props.cluster_id ?? 0,
      lat,
      lon,
      count: props.count ?? 0,
      places: props.point_count ?? 0,
      near: props.top ?? 0,
    };
  }
  return { kind: 'place', point: props.point ?? 0, lat, lon, count: props.count ?? 0 };
}

/** One supercluster index for every zoom, built now (the usual case: a few thousand places at most). */
export function buildSpotIndex(prep: AggregationPrep, points: PointAggregate): SpotIndex {
  const index = clusters(spotInput(prep, points));
  return {
    query: (bbox, zoom) =>
      index.getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], Math.round(zoom)).map(toSpot),
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}

/** The zoom whose clusters zoom `zoom` shows: whole, and above maxZoom one level of unclustered places. */
export function spotZoom(zoom: number): number {
  return Math.max(0, Math.min(SPOT_CLUSTER_OPTIONS.maxZoom + 1, Math.round(zoom)));
}

/** The spots of the whole world at one zoom (spotZoom), as flat arrays: a worker's answer. */
export interface ZoomSpots {
  readonly zoom: number;
  /** 1 for a cluster, 0 for a place. */
  readonly cluster: Uint8Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly count: Int32Array;
  /** The place's point number, or the cluster's busiest place's. */
  readonly point: Int32Array;
  /** Places in a cluster (1 for a place). */
  readonly places: Int32Array;
  readonly clusterId: Int32Array;
  /** The zoom at which a cluster splits (0 for a place). */
  readonly expansion: Int8Array;
}

/**
 * Clusters the places at zoom `zoom` alone (spotZoom; above maxZoom every place is its own spot): for
 * 100,000 places a fifth to a quarter of clustering every zoom. Pure: the page's spot worker runs it.
 */
export function clusterAtZoom(input: SpotInput, zoom: number): ZoomSpots {
  const z = spotZoom(zoom);
  const { maxZoom } = SPOT_CLUSTER_OPTIONS;
  const level = Math.min(z, maxZoom);
  const index = clusters(input, { minZoom: level, maxZoom: level });
  const found = index.getClusters([-180, -90, 180, 90], z);
  const n = found.length;
  const out = {
    zoom: z,
    cluster: new Uint8Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    count: new Int32Array(n),
    point: new Int32Array(n),
    places: new Int32Array(n),
    clusterId: new Int32Array(n),
    expansion: new Int8Array(n),
  };
  found.forEach((f, k) => {
    const spot = toSpot(f);
    out.lon[k] = spot.lon;
    out.lat[k] = spot.lat;
    out.count[k] = spot.count;
    if (spot.kind === 'cluster') {
      out.cluster[k] = 1;
      out.point[k] = spot.near;
      out.places[k] = spot.places;
      out.clusterId[k] = spot.clusterId;
      out.expansion[k] = index.getClusterExpansionZoom(spot.clusterId);
    } else {
      out.point[k] = spot.point;
      out.places[k] = 1;
    }
  });
  return out;
}

/** Whether longitude `lon` lies in [west, east], which may cross the antimeridian (west > east). */
function inLongitudes(lon: number, west: number, east: number): boolean {
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** The spots of `spots` within [west, south, east, north] degrees (as supercluster's getClusters reads a box). */
export function zoomSpotsIn(spots: ZoomSpots, bbox: readonly [number, number, number, number]): Spot[] {
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  const whole = bbox[2] - bbox[0] >= 360;
  const west = whole ? -180 : wrap(bbox[0]);
  const east = whole ? 180 : bbox[2] === 180 ? 180 : wrap(bbox[2]);
  const south = Math.max(-90, Math.min(90, bbox[1]));
  const north = Math.max(-90, Math.min(90, bbox[3]));
  const out: Spot[] = [];
  for (let k = 0; k < spots.lon.length; k++) {
    const lon = spots.lon[k] as number;
    const lat = spots.lat[k] as number;
    if (lat < south || lat > north || !inLongitudes(lon, west, east)) continue;
    const count = spots.count[k] as number;
    const point = spots.point[k] as number;
    out.push(
      spots.cluster[k] === 1
        ? {
            kind: 'cluster',
            clusterId: spots.clusterId[k] as number,
            lat,
            lon,
            count,
            places: spots.places[k] as number,
            near: point,
          }
        : { kind: 'place', point, lat, lon, count },
    );
  }
  return out;
}
