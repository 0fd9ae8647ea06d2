// The article under review on the map: each draft's places as provisional marks (dashed squares, not
// the events' discs), the candidate places of a pick as numbered buttons, and — while picking — a
// click on the map chooses the place nearest to it. Text goes in as text nodes, never as markup.
import {
  DivIcon,
  LatLngBounds,
  type LatLngExpression,
  LayerGroup,
  type LeafletMouseEvent,
  Marker,
} from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPlace, ProvisionalMark } from '../core/review';
import './review-layer.css';

export interface ReviewLayerProps {
  readonly marks: readonly ProvisionalMark[];
  readonly candidates: readonly MapPlace[];
  /** Set while a place is being picked. */
  readonly onChoose: ((id: string) => void) | null;
  readonly onPickAt: ((lat: number, lon: number) => void) | null;
}

function textElement(className: string, text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** The part of the map not under the review panel, as padding for fitBounds (px). */
function uncovered(container: HTMLElement): { topLeft: [number, number]; bottomRight: [number, number] } {
  const map = container.getBoundingClientRect();
  const panel = document.querySelector('.dl-review')?.getBoundingClientRect();
  if (!panel) return { topLeft: [40, 40], bottomRight: [40, 40] };
  const right = Math.max(0, panel.right - map.left);
  const bottom = Math.max(0, map.bottom - panel.top);
  // A panel along the left (desktop) or the bottom (phone): pad whichever it covers.
  return panel.width < map.width * 0.9
    ? { topLeft: [right + 40, 40], bottomRight: [40, 40] }
    : { topLeft: [30, 30], bottomRight: [30, bottom + 30] };
}

export function ReviewLayer({ marks, candidates, onChoose, onPickAt }: ReviewLayerProps) {
  const map = useMap();
  const group = useMemo(() => new LayerGroup(), []);

  useEffect(
    function addGroup() {
      group.addTo(map);
      return function removeGroup() {
        group.remove();
      };
    },
    [map, group],
  );

  useEffect(
    function drawMarks() {
      group.clearLayers();
      for (const m of marks) {
        const icon = new DivIcon({
          className: `dl-draft-mark${m.accepted ? ' dl-draft-mark--accepted' : ''}`,
          iconSize: [16, 16],
          html: textElement('dl-sr-only', ''),
        });
        const marker = new Marker([m.lat, m.lon], { icon, keyboard: false, interactive: true });
        marker.bindTooltip(textElement('', `Draft: ${m.title} — ${m.label}`));
        group.addLayer(marker);
      }
      candidates.forEach((c, i) => {
        const icon = new DivIcon({
          className: 'dl-candidate',
          iconSize: [28, 28],
          html: textElement('dl-candidate__n', String(i + 1)),
        });
        const marker = new Marker([c.lat, c.lon], {
          icon,
          keyboard: onChoose !== null,
          title: `Candidate ${i + 1}: ${c.label}`,
          zIndexOffset: 1000,
        });
        if (onChoose) marker.on('click', () => onChoose(c.id));
        group.addLayer(marker);
      });
    },
    [group, marks, candidates, onChoose],
  );

  useEffect(
    function frameCandidates() {
      const points: LatLngExpression[] = candidates.map((c) => [c.lat, c.lon]);
      if (points.length === 0) return;
      const pad = uncovered(map.getContainer());
      map.fitBounds(new LatLngBounds(points), {
        paddingTopLeft: pad.topLeft,
        paddingBottomRight: pad.bottomRight,
        maxZoom: 7,
        animate: false,
      });
    },
    [map, candidates],
  );

  useEffect(
    function pickOnClick() {
      if (!onPickAt) return;
      const container = map.getContainer();
      container.classList.add('dl-map--picking');
      const click = (e: LeafletMouseEvent) => onPickAt(e.latlng.lat, e.latlng.lng);
      map.on('click', click);
      return function stopPicking() {
        container.classList.remove('dl-map--picking');
        map.off('click', click);
      };
    },
    [map, onPickAt],
  );
  return null;
}
