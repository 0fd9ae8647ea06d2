// Keeps the map and the URL's `#map=` in step without loops: the map reports user moves (on
// moveend), and follows the URL only when it is (re)read: at start and on Back/Forward.
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapView } from '../core/url';
import { DEFAULT_BOUNDS } from './view';

export interface MapViewSyncProps {
  readonly view: MapView | null;
  /** Changes when the URL was (re)read and the map must follow it. */
  readonly restoreKey: number;
  readonly onMove: (view: MapView) => void;
}

export function MapViewSync({ view, restoreKey, onMove }: MapViewSyncProps) {
  const map = useMap();
  const programmatic = useRef(false);
  const viewRef = useRef(view);
  viewRef.current = view;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `restoreKey` is the trigger: follow the URL only when it is (re)read.
  useEffect(
    function followUrl() {
      const target = viewRef.current;
      programmatic.current = true;
      map.invalidateSize({ pan: false }); // the layout may have changed since the map was created
      if (target) map.setView([target.lat, target.lng], target.zoom, { animate: false });
      else map.fitBounds(DEFAULT_BOUNDS, { animate: false });
      // setView fires moveend synchronously when nothing moves; clear the flag after this turn.
      window.setTimeout(() => {
        programmatic.current = false;
      }, 0);
    },
    [map, restoreKey],
  );

  useMapEvents({
    moveend() {
      if (programmatic.current) return;
      const center = map.getCenter();
      onMove({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    },
  });
  return null;
}
