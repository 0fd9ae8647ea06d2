// The selected event on the map: each of its places highlighted (an outline for an area, a ring for a
// point), and the map moved so they all lie in the part of the map no panel or control covers (the
// details open beside the map, ui/DetailsPanel). A link that names its view (`#map=` with `event=`)
// keeps that view: the selection it opens with moves nothing. No motion if the reader asks so.
import { circleMarker, geoJSON, type Layer, latLng, latLngBounds, svg } from 'leaflet';
import { memo, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { CorpusModel } from '../../core/model';
import type { AreaFeature } from './AreaLayer';
import { freePadding, isInFreeArea } from './map-cover';

export interface SelectionLayerProps {
  readonly model: CorpusModel;
  readonly boundaries: ReadonlyMap<string, AreaFeature>;
  readonly selectedId: string | null;
  /** The selection the layer mounts with came with a link that named its view: do not move for it. */
  readonly keepLinkView: boolean;
}

/** Zoom at least this far in when moving to an event's places. */
const MIN_FOCUS_ZOOM = 4;
const HIGHLIGHT = '#111111';

/** Memoised: it depends on the selection, not on the visible set that changes under it. */
export const SelectionLayer = memo(function SelectionLayer({
  model,
  boundaries,
  selectedId,
  keepLinkView,
}: SelectionLayerProps) {
  const map = useMap();
  const renderer = useRef(svg({ pane: 'points' }));
  const event = selectedId === null ? undefined : model.events.get(selectedId);

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
              style: () => ({ fill: false, color: HIGHLIGHT, weight: 3, className: 'dl-selected-area' }),
            }),
          );
        } else {
          marks.push(
            circleMarker([place.lat, place.lon], {
              renderer: renderer.current,
              pane: 'points',
              radius: 17,
              weight: 3,
              color: HIGHLIGHT,
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

  // The selection the link opened with keeps the link's view, when the link named one; any later
  // selection (even of the same event again) moves the map.
  const linkSelection = useRef(keepLinkView ? selectedId : null);

  useEffect(
    function keepPlacesInView() {
      if (selectedId !== linkSelection.current) linkSelection.current = null;
      if (!event || linkSelection.current !== null) return;
      const points = event.places.flatMap((ep) => {
        const place = model.places.get(ep.place);
        return place ? [latLng(place.lat, place.lon)] : [];
      });
      if (points.length === 0) return;
      function bringIntoView() {
        const padding = freePadding(map);
        const inView = points.every((p) => {
          const at = map.latLngToContainerPoint(p);
          return isInFreeArea(map, padding, at.x, at.y);
        });
        if (inView) return;
        const options = { ...padding, maxZoom: Math.max(map.getZoom(), MIN_FOCUS_ZOOM) };
        const still =
          typeof window.matchMedia === 'function' &&
          window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        if (still) map.fitBounds(latLngBounds(points), { ...options, animate: false });
        else map.flyToBounds(latLngBounds(points), { ...options, duration: 0.8 });
      }
      // After this turn: the card is laid out, and a view the link restores has been set (and its
      // move written to the address). A later change of the map's size (the page settling, a phone
      // turned) checks again, so the card never ends up over the places.
      const timer = window.setTimeout(bringIntoView, 0);
      map.on('resize', bringIntoView);
      return function stopKeeping() {
        window.clearTimeout(timer);
        map.off('resize', bringIntoView);
      };
    },
    [map, model, event, selectedId],
  );

  return null;
});
