// The map shell: offline vector basemap from geo/, controls, and a slot for event layers.
import type { LatLngBoundsExpression } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { type ReactNode, useEffect, useState } from 'react';
import { MapContainer, Pane, ScaleControl, TileLayer, ZoomControl } from 'react-leaflet';
import type { Boundaries } from '../core/geo';
import { nextTask } from '../load/run-in-slices';
import { Attribution } from './Attribution';
import { BorderLayer } from './BorderLayer';
import { BoundaryLayer } from './BoundaryLayer';
import { ResetViewControl } from './ResetViewControl';
import { SizeWatcher } from './SizeWatcher';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view';

const NATURAL_EARTH = 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const OSM = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export interface BaseMapProps {
  readonly boundaries: Boundaries | null;
  /** Show the optional OpenStreetMap raster tiles (needs the network; off by default). */
  readonly tiles?: boolean;
  readonly children?: ReactNode;
  /** The framing _Reset view_ returns to; the default framing when absent. */
  readonly home?: LatLngBoundsExpression | null;
}

export function BaseMap({ boundaries, tiles = false, children, home }: BaseMapProps) {
  // The map is made after the page's first frame: creating it reads the container's computed style,
  // which in the first render's task would force the whole new page's style and layout there too.
  const painted = useAfterFirstFrame();
  if (!painted) return <div className="dl-map" />;
  return (
    <MapContainer
      className="dl-map"
      bounds={DEFAULT_BOUNDS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      worldCopyJump={false}
      attributionControl
      zoomSnap={0.25}
      aria-label="Map"
    >
      <SizeWatcher />
      <ZoomControl position="topleft" />
      <ResetViewControl home={home ?? DEFAULT_BOUNDS} />
      <ScaleControl position="bottomleft" imperial={false} />
      {/* Panes, bottom to top: basemap fills, optional tiles, borders, event areas, relations, points. */}
      <Pane name="basemap" style={{ zIndex: 150 }} />
      <Pane name="borders" style={{ zIndex: 250, pointerEvents: 'none' }} />
      <Pane name="event-areas" style={{ zIndex: 350 }} />
      <Pane name="relations" style={{ zIndex: 380 }} />
      <Pane name="points" style={{ zIndex: 450 }} />
      {tiles && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution={OSM}
          maxZoom={19}
          opacity={0.85}
        />
      )}
      {boundaries && (
        <>
          <BoundaryLayer areas={boundaries.areas} />
          <BorderLayer borders={boundaries.borders} coasts={boundaries.coasts} />
          <Attribution text={NATURAL_EARTH} />
        </>
      )}
      {children}
    </MapContainer>
  );
}

/** False until a frame has been drawn after the component mounted, then true. */
function useAfterFirstFrame(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(function waitForFrame() {
    let stopped = false;
    const frame = requestAnimationFrame(() =>
      nextTask().then(() => {
        if (!stopped) setPainted(true);
      }),
    );
    return function stopWaiting() {
      stopped = true;
      cancelAnimationFrame(frame);
    };
  }, []);
  return painted;
}
