// The basemap's areas: one SVG path per country, exclave or disputed territory, in the `basemap`
// pane below every event layer. Each path is named for screen readers and shows its name on hover
// and keyboard focus. Disputed areas get a hatch fill and a dashed outline.
import { type GeoJSONOptions, geoJSON, type Layer, type Path, type Renderer, svg } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryFeature } from '../core/geo';
import { textElement } from './text-element';

const HATCH_ID = 'dl-hatch-disputed';

function ensureHatch(root: SVGSVGElement): void {
  if (root.querySelector(`#${HATCH_ID}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', HATCH_ID);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '6');
  pattern.setAttribute('height', '6');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '6');
  bg.setAttribute('height', '6');
  bg.setAttribute('fill', '#efe9dc');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', '#a08c6a');
  line.setAttribute('stroke-width', '2');
  pattern.append(bg, line);
  defs.append(pattern);
  root.prepend(defs);
}

export interface BoundaryLayerProps {
  readonly areas: readonly BoundaryFeature[];
}

export function BoundaryLayer({ areas }: BoundaryLayerProps) {
  const map = useMap();
  useEffect(
    function addBoundaries() {
      const renderer = svg({ pane: 'basemap' });
      // GeoJSON hands its options to every path it creates, so `renderer` reaches them (not in the typings).
      const options: GeoJSONOptions & { renderer: Renderer } = {
        pane: 'basemap',
        renderer,
        style: (feature) => {
          const disputed = feature?.properties?.kind === 'disputed';
          return {
            renderer,
            stroke: disputed,
            color: '#7a6a50',
            weight: 1.2,
            dashArray: disputed ? '4 3' : undefined,
            fillColor: disputed ? `url(#${HATCH_ID})` : '#f4f1ea',
            fillOpacity: 1,
            className: `dl-area dl-area--${feature?.properties?.kind ?? 'country'}`,
          };
        },
        onEachFeature: (feature, l: Layer) => {
          const name = String(feature.properties?.name ?? '');
          l.bindTooltip(textElement(name), { sticky: true, className: 'dl-tooltip', direction: 'top' });
          l.on('add', () => {
            const el = (l as Path).getElement();
            if (!el) return;
            el.setAttribute(
              'aria-label',
              feature.properties?.kind === 'disputed' ? `${name} (disputed)` : name,
            );
            el.setAttribute('role', 'img');
            el.setAttribute('data-boundary', String(feature.properties?.id ?? ''));
            el.setAttribute('tabindex', '0');
            el.addEventListener('focus', () =>
              l.openTooltip((l as Path & { getCenter(): L.LatLng }).getCenter()),
            );
            el.addEventListener('blur', () => l.closeTooltip());
          });
        },
      };
      const layer = geoJSON(areas as unknown as GeoJSON.Feature[], options);
      layer.addTo(map);
      const root = (renderer as unknown as { _container?: SVGSVGElement })._container;
      if (root) ensureHatch(root);
      return function removeBoundaries() {
        layer.remove();
      };
    },
    [map, areas],
  );
  return null;
}
