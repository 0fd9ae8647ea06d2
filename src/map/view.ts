// The default framing: Europe to the Caucasus.
import type { LatLngBoundsExpression } from 'leaflet';

export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [35, -11], // south-west: Gibraltar strait
  [61, 50], // north-east: beyond the Caucasus and the Volga
];

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;
