// Leaflet caches its container size; panels and the timeline change it. Tell Leaflet when it does.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function SizeWatcher() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
