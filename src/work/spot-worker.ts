// Web Worker: clusters the places with visible events at one zoom (src/core/aggregate/spots.ts
// clusterAtZoom) and posts the spots back as flat arrays, transferred. For datasets of tens of
// thousands of places of their own, where clustering on the page would block it (src/map/use-spot-index.ts).
import { clusterAtZoom, type SpotInput, type ZoomSpots } from '../core/aggregate/spots';

export interface SpotRequest {
  readonly id: number;
  readonly input: SpotInput;
  readonly zoom: number;
}

export interface SpotAnswer {
  readonly id: number;
  readonly spots: ZoomSpots;
}

// The DOM lib types `self` as a Window; in a worker postMessage takes the transfer list second.
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void };

self.onmessage = (e: MessageEvent<SpotRequest>) => {
  const { id, input, zoom } = e.data;
  const spots = clusterAtZoom(input, zoom);
  const { cluster, lon, lat, count, point, places, clusterId, expansion } = spots;
  scope.postMessage({ id, spots } satisfies SpotAnswer, [
    cluster.buffer,
    lon.buffer,
    lat.buffer,
    count.buffer,
    point.buffer,
    places.buffer,
    clusterId.buffer,
    expansion.buffer,
  ] as ArrayBuffer[]);
};
