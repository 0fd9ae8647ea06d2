// The selected event: its places highlighted, its details in a popup at its first place, and the
// map moved to it when it was chosen elsewhere (the list), without motion if the user asks so.
import { circleMarker, geoJSON, type Layer, svg } from 'leaflet';
import { memo, type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { AggregationPrep } from '../../core/aggregate';
import type { CorpusModel } from '../../core/model';
import type { AreaFeature } from './AreaLayer';
import { PortalPopup } from './PortalPopup';

export interface SelectionLayerProps {
  readonly model: CorpusModel;
  readonly prep: AggregationPrep;
  readonly boundaries: ReadonlyMap<string, AreaFeature>;
  readonly selectedId: string | null;
  /** Id last chosen on the map itself; the map does not move for those. */
  readonly pickedOnMap: RefObject<string | null>;
  onSelect(id: string | null): void;
  renderDetails(eventId: string): ReactNode;
}

/** Zoom at least this far in when moving to an event chosen in the list. */
const MIN_FOCUS_ZOOM = 4;

/** Memoised: it depends on the selection, not on the visible set that changes under it. */
export const SelectionLayer = memo(function SelectionLayer({
  model,
  prep,
  boundaries,
  selectedId,
  pickedOnMap,
  onSelect,
  renderDetails,
}: SelectionLayerProps) {
  const map = useMap();
  const renderer = useRef(svg({ pane: 'points' }));
  const position = selectedId === null ? undefined : prep.positionOf.get(selectedId);
  const event = position === undefined ? undefined : model.index.events[position];
  const lat = position === undefined ? Number.NaN : (prep.anchorLat[position] ?? Number.NaN);
  const lon = position === undefined ? Number.NaN : (prep.anchorLon[position] ?? Number.NaN);
  const located = !Number.isNaN(lat) && !Number.isNaN(lon);

  useEffect(
    function highlightPlaces() {
      if (!event) return;
      const marks: Layer[] = [];
      for (const ep of event.places) {
        const place = model.places.get(ep.place);
        if (!place) continue;
        const area = place.boundary === undefined ? undefined : boundaries.get(place.boundary);
        if (area && (place.kind === 'country' || place.kind === 'region')) {
          marks.push(
            geoJSON(area, {
              pane: 'event-areas',
              interactive: false,
              style: () => ({ fill: false, color: '#111111', weight: 3, className: 'dl-selected-area' }),
            }),
          );
        } else {
          marks.push(
            circleMarker([place.lat, place.lon], {
              renderer: renderer.current,
              pane: 'points',
              radius: 17,
              weight: 3,
              color: '#111111',
              fill: false,
              interactive: false,
              className: 'dl-selected-place',
            }),
          );
        }
      }
      for (const m of marks) m.addTo(map);
      return function removeHighlight() {
        for (const m of marks) m.remove();
      };
    },
    [map, model, boundaries, event],
  );

  // The selection a link opens with keeps the link's view; only later changes move the map.
  const previous = useRef(selectedId);

  useEffect(
    function moveToSelection() {
      const changed = previous.current !== selectedId;
      previous.current = selectedId;
      if (selectedId === null || !located) return;
      const fromMap = pickedOnMap.current === selectedId;
      pickedOnMap.current = null;
      if (fromMap || !changed) return;
      // Already well inside the view: leave the map alone (the popup pans itself into view).
      if (map.getBounds().pad(-0.1).contains([lat, lon])) return;
      const zoom = Math.max(map.getZoom(), MIN_FOCUS_ZOOM);
      const still =
        typeof window.matchMedia === 'function' &&
        window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (still) map.setView([lat, lon], zoom);
      else map.flyTo([lat, lon], zoom, { duration: 0.8 });
    },
    [map, selectedId, located, lat, lon, pickedOnMap],
  );

  if (selectedId === null || !located) return null;
  return (
    <PortalPopup
      key={selectedId}
      position={[lat, lon]}
      className="dl-popup--details"
      onClose={() => onSelect(null)}
    >
      {renderDetails(selectedId)}
    </PortalPopup>
  );
});
