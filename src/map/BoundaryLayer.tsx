// The basemap's areas: one SVG path per country, exclave or disputed territory, in the `basemap`
// pane below every event layer. Each path is named for screen readers and shows its name on hover;
// the shapes are not Tab stops (there are hundreds; place labels name them on screen). Disputed areas get a hatch fill and a dashed outline.
import { type GeoJSONOptions, geoJSON, type Layer, type Path, type Renderer, svg } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryFeature } from '../core/geo';
import { ensureSvgDef, svgElement } from './svg-defs';
import { textElement } from './text-element';

const HATCH_ID = 'dl-hatch-disputed';

/** Diagonal hatch for disputed areas. */
function hatch(): SVGElement {
  return svgElement(
    'pattern',
    { patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' },
    [
      svgElement('rect', { width: '6', height: '6', fill: '#efe9dc' }),
      svgElement('line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: '#a08c6a', 'stroke-width': '2' }),
    ],
  );
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
            // Leaflet's tooltip adds focus listeners, which make an SVG path a Tab stop in Chromium.
            el.setAttribute('tabindex', '-1');
          });
        },
      };
      const layer = geoJSON(areas as unknown as GeoJSON.Feature[], options);
      layer.addTo(map);
      const root = (renderer as unknown as { _container?: SVGSVGElement })._container;
      if (root) ensureSvgDef(root, HATCH_ID, hatch);
      return function removeBoundaries() {
        layer.remove();
      };
    },
    [map, areas],
  );
  return null;
}
