import { useMap } from 'react-leaflet';
import { MapControl } from './MapControl';
import { DEFAULT_BOUNDS } from './view';

export function ResetViewControl() {
  const map = useMap();
  return (
    <MapControl position="topleft">
      <button
        type="button"
        className="dl-reset-view"
        title="Reset view"
        aria-label="Reset view"
        onClick={() => map.fitBounds(DEFAULT_BOUNDS)}
      >
        <span aria-hidden="true">⌂</span>
      </button>
    </MapControl>
  );
}
