// The basemap's areas: one SVG path per country, exclave or disputed territory, in the `basemap`
// pane below every event layer, drawn once in world pixels (src/map/world-svg.ts). Each path is named for screen readers and shows its name on hover;
// the shapes are not Tab stops (there are hundreds; place labels name them on screen). Disputed areas get a hatch fill and a dashed outline.
import { type Layer, type LayerGroup, latLng, layerGroup } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryFeature } from '../core/geo';
import { runInSlices } from '../load/run-in-slices';
import { keepTooltipInside } from './edge-tooltip';
import { ensureSvgDef, svgElement } from './svg-defs';
import { textElement } from './text-element';
import { type AreaShape, areaShapeSteps } from './world-shapes';
import { worldPath, worldSvg } from './world-svg';

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
      const controller = new AbortController();
      let group: LayerGroup | null = null;
      let hatchScale = 1;
      const scaleHatch = (scale: number) => {
        hatchScale = scale;
        root()
          ?.querySelector(`#${HATCH_ID}`)
          ?.setAttribute('patternTransform', `scale(${1 / scale}) rotate(45)`);
      };
      const renderer = worldSvg({ pane: 'basemap' }, scaleHatch);
      const root = () => (renderer as unknown as { _container?: SVGSVGElement })._container;
      // The path data is made and the shapes are added a slice at a time, into the renderer's <svg>
      // held out of the page, which then shows them all at once.
      function* steps(): Generator<void, void, void> {
        const shapes = yield* areaShapeSteps(areas);
        const added = layerGroup().addTo(map);
        group = added;
        let held: { svg: SVGSVGElement; pane: ParentNode } | null = null;
        for (const shape of shapes) {
          added.addLayer(areaPath(shape));
          const svgRoot = root();
          if (!held && svgRoot?.parentNode) {
            held = { svg: svgRoot, pane: svgRoot.parentNode };
            ensureSvgDef(svgRoot, HATCH_ID, hatch);
            svgRoot.remove();
          }
          yield;
        }
        if (held) held.pane.append(held.svg);
        scaleHatch(hatchScale);
      }
      runInSlices(steps(), controller.signal).catch(() => {
        // Removed before the shapes were all added.
      });
      function areaPath({ feature, d, center }: AreaShape): Layer {
        const { kind, name, id } = feature.properties as BoundaryFeature['properties'];
        const disputed = kind === 'disputed';
        const l = worldPath(d, latLng(center[0], center[1]), {
          pane: 'basemap',
          renderer,
          stroke: disputed,
          color: '#7a6a50',
          weight: 1.2,
          ...(disputed ? { dashArray: '4 3' } : {}),
          fill: true,
          fillColor: disputed ? `url(#${HATCH_ID})` : '#f4f1ea',
          fillOpacity: 1,
          className: `dl-area dl-area--${kind} dl-world-path`,
        });
        l.bindTooltip(textElement(name), { sticky: true, className: 'dl-tooltip', direction: 'top' });
        keepTooltipInside(map, l);
        l.on('add', () => {
          const el = l.getElement();
          if (!el) return;
          el.setAttribute('aria-label', disputed ? `${name} (disputed)` : name);
          el.setAttribute('role', 'img');
          el.setAttribute('data-boundary', id);
          // Leaflet's tooltip adds focus listeners, which make an SVG path a Tab stop in Chromium.
          el.setAttribute('tabindex', '-1');
        });
        return l;
      }
      return function removeBoundaries() {
        controller.abort();
        group?.remove();
        renderer.remove();
      };
    },
    [map, areas],
  );
  return null;
}
