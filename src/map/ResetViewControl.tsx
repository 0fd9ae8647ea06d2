import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet';
import { homeFit } from './home-fit';
import { MapControl } from './MapControl';

/** Leaflet drops a view change made while a zoom animation runs, so wait for it to end. */
function resetView(map: LeafletMap, home: LatLngBoundsExpression): void {
  if ((map as LeafletMap & { _animatingZoom?: boolean })._animatingZoom)
    map.once('zoomend', () => map.fitBounds(home, homeFit(map)));
  else map.fitBounds(home, homeFit(map));
}

export function ResetViewControl({ home }: { home: LatLngBoundsExpression }) {
  const map = useMap();
  return (
    <MapControl position="topleft">
      <button
        type="button"
        className="dl-reset-view"
        title="Reset view"
        aria-label="Reset view"
        onClick={() => resetView(map, home)}
      >
        <span aria-hidden="true">⌂</span>
      </button>
    </MapControl>
  );
}
