// The map's spots for the visible set (src/core/aggregate/spots.ts). Up to LAZY_ABOVE places, one
// index for every zoom, built on the page at once. Above it (an import with tens of thousands of places
// of its own), each zoom is clustered in a worker when the map first shows it (src/work/spot-worker.ts):
// until the answer comes, the map keeps the spots it had (those of another zoom, or of the visible set
// before a filter change), then redraws — the page never clusters 100,000 places in one task.
import { useEffect, useMemo, useState } from 'react';
import type { AggregationPrep, PointAggregate } from '../core/aggregate';
import {
  buildSpotIndex,
  clusterAtZoom,
  LAZY_ABOVE,
  type SpotIndex,
  type SpotInput,
  spotInput,
  spotZoom,
  type ZoomSpots,
  zoomSpotsIn,
} from '../core/aggregate';
import type { SpotAnswer, SpotRequest } from '../work/spot-worker';

/** Clusters one zoom of `input` and resolves with its spots. */
export type ClusterAtZoom = (input: SpotInput, zoom: number) => Promise<ZoomSpots>;

let worker: Worker | null = null;
/** The worker could not run (it failed to load): the page clusters, as for small sets. */
let broken = false;
let lastId = 0;
const waiting = new Map<number, { request: SpotRequest; resolve: (spots: ZoomSpots) => void }>();

/** The page's one spot worker, made on first use. */
const inWorker: ClusterAtZoom = (input, zoom) => {
  if (broken) return Promise.resolve(clusterAtZoom(input, zoom));
  if (!worker) {
    worker = new Worker(new URL('../work/spot-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SpotAnswer>) => {
      waiting.get(e.data.id)?.resolve(e.data.spots);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = null;
      for (const { request, resolve } of waiting.values())
        resolve(clusterAtZoom(request.input, request.zoom));
      waiting.clear();
    };
  }
  const id = ++lastId;
  const own = worker;
  return new Promise((resolve) => {
    const request: SpotRequest = { id, input, zoom };
    waiting.set(id, { request, resolve });
    // Copies of the arrays: the same input is sent again for other zooms.
    own.postMessage(request);
  });
};

const NO_SPOTS: SpotIndex = { query: () => [], expansionZoom: (_id, zoom) => zoom + 1 };

/**
 * Spots by zoom, made by `cluster` as the map asks for them. `shown` is what the map shows meanwhile;
 * `onReady` runs when a zoom's spots arrive, with an index that has them.
 */
export class SpotStore {
  private readonly ready = new Map<number, ZoomSpots>();
  private readonly asked = new Set<number>();
  private disposed = false;

  constructor(
    private readonly input: SpotInput,
    private readonly cluster: ClusterAtZoom,
    private readonly shown: SpotIndex,
    private readonly onReady: (index: SpotIndex) => void,
  ) {}

  /** An index over the zooms made so far; asking for another zoom starts making it. */
  index(): SpotIndex {
    return {
      query: (bbox, zoom) => {
        const spots = this.ready.get(spotZoom(zoom));
        if (spots) return zoomSpotsIn(spots, bbox);
        this.ask(spotZoom(zoom));
        return this.shown.query(bbox, zoom);
      },
      expansionZoom: (clusterId, zoom) => {
        const spots = this.ready.get(spotZoom(zoom));
        const k = spots
          ? spots.clusterId.findIndex((id, i) => id === clusterId && spots.cluster[i] === 1)
          : -1;
        return k >= 0 && spots ? (spots.expansion[k] as number) : this.shown.expansionZoom(clusterId, zoom);
      },
    };
  }

  dispose(): void {
    this.disposed = true;
  }

  private ask(zoom: number): void {
    if (this.asked.has(zoom)) return;
    this.asked.add(zoom);
    void this.cluster(this.input, zoom).then((spots) => {
      if (this.disposed) return;
      this.ready.set(zoom, spots);
      this.onReady(this.index());
    });
  }
}

/**
 * The spot index of the visible places. `cluster` makes one zoom's spots for large sets (a worker by
 * default; none where there is no Worker, and then the page clusters every zoom at once).
 */
export function useSpotIndex(
  prep: AggregationPrep,
  points: PointAggregate,
  cluster: ClusterAtZoom | null = typeof Worker === 'undefined' ? null : inWorker,
): SpotIndex {
  const large = cluster !== null && points.active.length > LAZY_ABOVE;
  const now = useMemo(() => (large ? null : buildSpotIndex(prep, points)), [prep, points, large]);
  // The large set's newest index, replaced each time one of its zooms arrives. A new visible set's
  // store shows the last one meanwhile.
  const [later, setLater] = useState<{ readonly store: SpotStore; readonly index: SpotIndex } | null>(null);
  // `later` is read once, when a new visible set makes a new store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const store = useMemo(() => {
    if (!large || !cluster) return null;
    const made: SpotStore = new SpotStore(
      spotInput(prep, points),
      cluster,
      later?.index ?? NO_SPOTS,
      (index) => setLater({ store: made, index }),
    );
    return made;
  }, [prep, points, large, cluster]);
  useEffect(
    function stopWhenReplaced() {
      return () => store?.dispose();
    },
    [store],
  );
  const first = useMemo(() => store?.index() ?? null, [store]);
  if (now) return now;
  return later && later.store === store ? later.index : (first ?? NO_SPOTS);
}
