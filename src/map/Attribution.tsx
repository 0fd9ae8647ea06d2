import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Adds a fixed (our own, not data-derived) attribution while mounted. */
export function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(
    function addAttribution() {
      map.attributionControl.addAttribution(text);
      return function removeAttribution() {
        map.attributionControl.removeAttribution(text);
      };
    },
    [map, text],
  );
  return null;
}
