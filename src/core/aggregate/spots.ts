// Spots: the point places with visible events, clustered by supercluster and weighted by their
// event counts. The index holds a few hundred to a few thousand places, never one entry per event,
// so rebuilding it after a filter change is cheap.
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

/**
 * The spots of one visible set, by zoom. Up to LAZY_ABOVE places, one supercluster index for every
 * zoom, built at once (as supercluster is meant to be used). Above it — an import of 100,000 rows with
 * their own places — that build is one long task on the page (230–340 ms for 100k places), so each
 * zoom gets an index of its own when it is first shown, clustered from the places at that zoom alone
 * (a fifth to a quarter of the time).
 */
export interface SpotIndex {
  /** The clusters to read zoom `zoom` from. */
  at(zoom: number): Clusters;
}

/** Places above which each zoom's clusters are made when first asked for. */
export const LAZY_ABOVE = 20_000;

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

export function buildSpotIndex(
  prep: AggregationPrep,
  points: PointAggregate,
  lazyAbove: number = LAZY_ABOVE,
): SpotIndex {
  const features: PointFeature<SpotProps>[] = new Array(points.active.length);
  for (let k = 0; k < points.active.length; k++) {
    const p = points.active[k] as number;
    features[k] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [prep.pointLon[p] as number, prep.pointLat[p] as number] },
      properties: { point: p, count: points.count[p] as number },
    };
  }
  const make = (zooms: { minZoom?: number; maxZoom?: number }) =>
    new Supercluster<SpotProps, ClusterProps>({
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
  if (features.length <= lazyAbove) {
    const all = make({});
    return { at: () => all };
  }
  const byZoom = new Map<number, Clusters>();
  return {
    at(zoom) {
      // Above maxZoom every place is its own spot: the index of maxZoom gives them.
      const z = Math.max(0, Math.min(SPOT_CLUSTER_OPTIONS.maxZoom, Math.round(zoom)));
      let index = byZoom.get(z);
      if (!index) {
        index = make({ minZoom: z, maxZoom: z });
        byZoom.set(z, index);
      }
      return index;
    },
  };
}

/** The zoom at which cluster `clusterId`, shown at zoom `zoom`, splits into more than one spot. */
export function spotExpansionZoom(index: SpotIndex, clusterId: number, zoom: number): number {
  return index.at(zoom).getClusterExpansionZoom(clusterId);
}

/** Spots within [west, south, east, north] degrees at an integer zoom. */
export function querySpots(
  index: SpotIndex,
  bbox: readonly [number, number, number, number],
  zoom: number,
): Spot[] {
  const features = index.at(zoom).getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], Math.round(zoom));
  return features.map((f): Spot => {
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
  });
}
