import type { Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet';
import { MapControl } from './MapControl';
import { DEFAULT_BOUNDS } from './view';

/** Leaflet drops a view change made while a zoom animation runs, so wait for it to end. */
function resetView(map: LeafletMap): void {
  if ((map as LeafletMap & { _animatingZoom?: boolean })._animatingZoom)
    map.once('zoomend', () => map.fitBounds(DEFAULT_BOUNDS));
  else map.fitBounds(DEFAULT_BOUNDS);
}

export function ResetViewControl() {
  const map = useMap();
  return (
    <MapControl position="topleft">
      <button
        type="button"
        className="dl-reset-view"
        title="Reset view"
        aria-label="Reset view"
        onClick={() => resetView(map)}
      >
        <span aria-hidden="true">⌂</span>
      </button>
    </MapControl>
  );
}
