// Browser bench page: builds a seeded synthetic corpus over the real gazetteer and times, for one
// approach at a time, the first frame and the redraw after the visible set changes. Driven by
// scripts/bench-browser.ts through `window.dlBench`.
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import * as L from 'leaflet';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MapContainer, Marker } from 'react-leaflet';
import boundariesUrl from '../../../geo/boundaries.topo.json?url';
import placesFile from '../../../geo/places.json';
import { decodeBoundaries } from '../../../src/core/geo';
import { buildCorpusModel, type CorpusModel } from '../../../src/core/model';
import { syntheticCorpus } from '../../../src/core/synthetic';
import type { Place } from '../../../src/core/types';
import { type EventLayerName, EventLayers } from '../../../src/map/EventLayers';

export type Approach = 'ours' | 'markercluster' | 'react-markers';

export interface BenchResult {
  readonly approach: Approach;
  readonly events: number;
  readonly visible: readonly number[];
  /** ms from data ready to the second animation frame after the first render. */
  readonly firstFrame: number;
  /** ms of main-thread work of the first change of the visible set (see `work`), before warm-up. */
  readonly coldWork: number;
  /** ms per redraw after a change of the visible set (to the second frame after it), after warm-up. */
  readonly redraws: readonly number[];
  /**
   * ms of synchronous main-thread work per redraw: from the visible set changing to the layer
   * drawn in the DOM (render, effects, layer updates, then a forced style and layout flush), no
   * frame wait. The same definition for every approach.
   */
  readonly work: readonly number[];
}

const BOUNDS: L.LatLngBoundsExpression = [
  [35, -11],
  [61, 50],
];
const places = (placesFile as unknown as { places: Place[] }).places;

/** Forces style recalculation and layout now, so their cost lands in the synchronous timing. */
const flushLayout = (el: HTMLElement) => {
  void el.offsetWidth;
  void el.getBoundingClientRect();
};
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const twoFrames = async () => {
  await frame();
  await frame();
};

/** Two alternating visible sets: events whose first topic is in the first or second half of the topics. */
function topicSets(model: CorpusModel): [Int32Array, Int32Array] {
  const topics = model.index.topicIds.length;
  const half = new Set(model.index.topicIds.slice(0, Math.ceil(topics / 2)));
  const a: number[] = [];
  const b: number[] = [];
  model.index.events.forEach((e, i) => {
    (half.has(e.topics[0] ?? '') ? a : b).push(i);
  });
  return [Int32Array.from(a), Int32Array.from(b)];
}

function container(): HTMLElement {
  const el = document.getElementById('root');
  if (!el) throw new Error('no #root');
  return el;
}

/** Redraws before the measured ones: the first builds what the second visible set needs, then JIT warms. */
const WARMUP = 10;

/** Measured redraws, and the unmeasured ones before them (at least 1: the cold one). */
interface Rounds {
  readonly rounds: number;
  readonly warmup: number;
}

/**
 * The one measurement every approach goes through, so they are timed alike: alternate the two visible
 * sets; `work` = the update call plus a forced layout; `redraw` = until the second frame after it.
 * The first change of the visible set is reported on its own (`coldWork`), then `warmup` - 1 more
 * unmeasured redraws and a garbage collection (when the browser exposes it) precede the measured ones.
 */
async function timeRedraws(
  update: (positions: Int32Array) => void,
  sets: [Int32Array, Int32Array],
  { rounds, warmup }: Rounds,
): Promise<{ coldWork: number; redraws: number[]; work: number[] }> {
  const redraws: number[] = [];
  const work: number[] = [];
  let coldWork = Number.NaN;
  for (let r = 1; r <= warmup + rounds; r++) {
    if (r === warmup + 1) {
      (window as unknown as { gc?: () => void }).gc?.();
      await twoFrames();
    }
    const measured = r > warmup;
    if (measured) performance.mark('dl-work-start');
    const t = performance.now();
    update(sets[r % 2] as Int32Array);
    flushLayout(container());
    const w = performance.now() - t;
    if (measured) performance.mark('dl-work-end');
    await twoFrames();
    if (measured) performance.mark('dl-redraw-end');
    if (r === 1) coldWork = w;
    if (!measured) continue;
    work.push(w);
    redraws.push(performance.now() - t);
  }
  return { coldWork, redraws, work };
}

/** A rendered approach: from the first render to its second frame, then the redraws. */
async function timeRender(
  render: (positions: Int32Array) => void,
  sets: [Int32Array, Int32Array],
  rounds: Rounds,
) {
  const t0 = performance.now();
  render(sets[0]);
  await twoFrames();
  const firstFrame = performance.now() - t0;
  return { firstFrame, ...(await timeRedraws(render, sets, rounds)) };
}

// Stable callbacks, as the app passes them (useCallback).
const noSelect = () => {};

async function runOurs(
  model: CorpusModel,
  sets: [Int32Array, Int32Array],
  rounds: Rounds,
  layers: readonly EventLayerName[],
): Promise<Omit<BenchResult, 'approach' | 'events' | 'visible'>> {
  const topology: unknown = await (await fetch(boundariesUrl)).json();
  const byId = decodeBoundaries(topology).value.byId;
  const root = createRoot(container());
  const render = (positions: Int32Array) =>
    flushSync(() =>
      root.render(
        <MapContainer bounds={BOUNDS} maxZoom={12} style={{ width: 1280, height: 800 }} zoomAnimation={false}>
          <EventLayers
            model={model}
            positions={positions}
            layers={layers}
            boundaries={byId}
            selectedId={null}
            onSelect={noSelect}
          />
        </MapContainer>,
      ),
    );
  return timeRender(render, sets, rounds);
}

/** The event panes of BaseMap (the basemap itself is not drawn here). */
function makePanes(map: L.Map): void {
  for (const [name, z] of [
    ['event-areas', 350],
    ['relations', 380],
    ['points', 450],
  ] as const) {
    map.createPane(name).style.zIndex = String(z);
  }
}

async function runMarkerCluster(model: CorpusModel, sets: [Int32Array, Int32Array], rounds: Rounds) {
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  const icon = L.divIcon({ className: 'bench-dot', iconSize: [10, 10] });
  const map = L.map(container(), { zoomAnimation: false, maxZoom: 12 }).fitBounds(BOUNDS);
  const t0 = performance.now();
  const markers: (L.Marker | undefined)[] = new Array(model.index.events.length);
  const markersOf = (positions: Int32Array) =>
    Array.from(positions, (p) => {
      let m = markers[p];
      if (!m) {
        const e = model.index.events[p];
        const place = model.places.get(e?.places[0]?.place ?? '');
        m = L.marker([place?.lat ?? 0, place?.lon ?? 0], { icon });
        markers[p] = m;
      }
      return m;
    });
  const group = L.markerClusterGroup({ chunkedLoading: false });
  group.addLayers(markersOf(sets[0]));
  map.addLayer(group);
  await twoFrames();
  const firstFrame = performance.now() - t0;
  markersOf(sets[1]); // created once, outside the timed redraws
  // Timed from the same input as ours, the visible positions (markers themselves are cached).
  const update = (positions: Int32Array) => {
    const next = markersOf(positions);
    group.clearLayers();
    group.addLayers(next);
  };
  return { firstFrame, ...(await timeRedraws(update, sets, rounds)) };
}

async function runReactMarkers(model: CorpusModel, sets: [Int32Array, Int32Array], rounds: Rounds) {
  const icon = L.divIcon({ className: 'bench-dot', iconSize: [10, 10] });
  const root = createRoot(container());
  const render = (positions: Int32Array) =>
    flushSync(() =>
      root.render(
        <MapContainer bounds={BOUNDS} maxZoom={12} style={{ width: 1280, height: 800 }} zoomAnimation={false}>
          {Array.from(positions, (p) => {
            const e = model.index.events[p];
            const place = model.places.get(e?.places[0]?.place ?? '');
            return <Marker key={e?.id} position={[place?.lat ?? 0, place?.lon ?? 0]} icon={icon} />;
          })}
        </MapContainer>,
      ),
    );
  return timeRender(render, sets, rounds);
}

async function run(
  approach: Approach,
  events: number,
  rounds: number,
  layers: readonly EventLayerName[] = ['points', 'areas', 'relations'],
): Promise<BenchResult> {
  const model = buildCorpusModel(syntheticCorpus(places, { events, seed: 42 }), `bench-${events}`);
  const sets = topicSets(model);
  await twoFrames();
  // One marker per event takes seconds per redraw at 100,000: only the cold redraw before measuring.
  const r: Rounds = { rounds, warmup: approach === 'react-markers' ? 1 : WARMUP };
  const timed =
    approach === 'ours'
      ? await runOurs(model, sets, r, layers)
      : approach === 'markercluster'
        ? await runMarkerCluster(model, sets, r)
        : await runReactMarkers(model, sets, r);
  return { approach, events, visible: [sets[0].length, sets[1].length], ...timed };
}

// The event panes BaseMap makes in the app, on every map, before any layer is added.
L.Map.addInitHook(function addPanes(this: L.Map) {
  makePanes(this);
});

(window as unknown as { dlBench: { run: typeof run } }).dlBench = { run };
document.title = 'ready';
