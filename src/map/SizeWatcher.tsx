// Leaflet caches its container size; panels and the timeline change it. Tell Leaflet when it does.
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const resizing = new WeakSet<LeafletMap>();

/** True while a layout change is being applied: the moves it fires are not the person's. */
export function isResizing(map: LeafletMap): boolean {
  return resizing.has(map);
}

export function SizeWatcher() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => {
        resizing.add(map);
        try {
          map.invalidateSize({ pan: false });
        } finally {
          resizing.delete(map);
        }
      });
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
