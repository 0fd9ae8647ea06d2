// Keeps the map and the URL's `#map=` in step without loops: the map reports user moves (on
// moveend), and follows the URL only when it is (re)read: at start and on Back/Forward.

import type { LatLngBoundsExpression } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapView } from '../core/url';
import { homeFit } from './home-fit';
import { isResizing } from './SizeWatcher';
import { DEFAULT_BOUNDS } from './view';

export interface MapViewSyncProps {
  readonly view: MapView | null;
  /** Changes when the URL was (re)read and the map must follow it. */
  readonly restoreKey: number;
  readonly onMove: (view: MapView) => void;
  /** The framing without a `#map=` in the link (the data's own extent for an imported dataset). */
  readonly home?: LatLngBoundsExpression | null;
}

export function MapViewSync({ view, restoreKey, onMove, home }: MapViewSyncProps) {
  const map = useMap();
  const programmatic = useRef(false);
  const viewRef = useRef(view);
  viewRef.current = view;
  const homeRef = useRef(home);
  homeRef.current = home;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `restoreKey` is the trigger: follow the URL only when it is (re)read.
  useEffect(
    function followUrl() {
      const target = viewRef.current;
      programmatic.current = true;
      map.invalidateSize({ pan: false }); // the layout may have changed since the map was created
      if (target) map.setView([target.lat, target.lng], target.zoom, { animate: false });
      else map.fitBounds(homeRef.current ?? DEFAULT_BOUNDS, { animate: false, ...homeFit(map) });
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
      // The layout changed (a panel, the timeline, a dataset opened in place) while the map shows its
      // home framing: frame it again for the new size, and the address keeps no `#map=` (a resize
      // keeps the top left corner, so the old centre would be written as if the person had moved).
      if (isResizing(map) && !viewRef.current) {
        programmatic.current = true;
        map.fitBounds(homeRef.current ?? DEFAULT_BOUNDS, { animate: false, ...homeFit(map) });
        window.setTimeout(() => {
          programmatic.current = false;
        }, 0);
        return;
      }
      const center = map.getCenter();
      onMove({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    },
  });
  return null;
}
