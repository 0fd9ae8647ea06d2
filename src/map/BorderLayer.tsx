// Borders and coasts, each stroked once from the topology's shared arcs (topojson mesh), drawn once in
// world pixels (src/map/world-svg.ts); the path data is made a slice at a time.
import { latLng, type Path } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '../core/geo';
import { runInSlices } from '../load/run-in-slices';
import { lineShapeSteps } from './world-shapes';
import { worldPath, worldSvg } from './world-svg';

export function BorderLayer({ borders, coasts }: Pick<Boundaries, 'borders' | 'coasts'>) {
  const map = useMap();
  useEffect(
    function addBorders() {
      const controller = new AbortController();
      const renderer = worldSvg({ pane: 'borders' });
      let lines: Path[] = [];
      runInSlices(lineShapeSteps([coasts, borders]), controller.signal)
        .then(([coastData = '', borderData = '']) => {
          const options = {
            pane: 'borders',
            renderer,
            interactive: false,
            fill: false,
            className: 'dl-world-path',
          } as const;
          const nowhere = latLng(0, 0);
          lines = [
            worldPath(coastData, nowhere, { ...options, color: '#8fa9bf', weight: 1 }),
            worldPath(borderData, nowhere, { ...options, color: '#9c8f7a', weight: 0.8 }),
          ];
          for (const line of lines) line.addTo(map);
        })
        .catch(() => {
          // Removed before the lines were ready.
        });
      return function removeBorders() {
        controller.abort();
        for (const line of lines) line.remove();
        renderer.remove();
      };
    },
    [map, borders, coasts],
  );
  return null;
}
