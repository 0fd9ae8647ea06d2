// Borders and coasts, each stroked once from the topology's shared arcs (topojson mesh).
import { geoJSON } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '../core/geo';

export function BorderLayer({ borders, coasts }: Pick<Boundaries, 'borders' | 'coasts'>) {
  const map = useMap();
  useEffect(
    function addBorders() {
      const options = { pane: 'borders', interactive: false } as const;
      const coastLayer = geoJSON(coasts as unknown as GeoJSON.MultiLineString, {
        ...options,
        style: { color: '#8fa9bf', weight: 1 },
      });
      const borderLayer = geoJSON(borders as unknown as GeoJSON.MultiLineString, {
        ...options,
        style: { color: '#9c8f7a', weight: 0.8 },
      });
      coastLayer.addTo(map);
      borderLayer.addTo(map);
      return function removeBorders() {
        coastLayer.remove();
        borderLayer.remove();
      };
    },
    [map, borders, coasts],
  );
  return null;
}
