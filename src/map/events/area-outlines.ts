// The event areas' outlines for the map's view: each area's rings at a whole zoom level, simplified
// for it (world-shapes.ts areaLinesAt) and clipped to a little beyond the view, as path data. A filter
// change repaints every area, and what that costs grows with the vertices stroked and filled.
import type { Map as LeafletMap } from 'leaflet';
import { linesPathData, type PixelRect } from '../../core/geo';
import { areaLinesAt } from '../world-shapes';

/**
 * The view and a margin beyond it, in the pixels of zoom `level`: wider than what the renderer draws
 * (Leaflet's padding, 0.1), so the outline's cut edges are never seen.
 */
export function clipRect(map: LeafletMap, level: number): PixelRect {
  const { min, max } = map.getPixelBounds();
  // A map not laid out yet (no size) clips nothing; its first `moveend` with a size clips.
  if (!min || !max || max.x <= min.x || max.y <= min.y) return NO_CLIP;
  const toLevel = 2 ** (level - map.getZoom());
  const padX = (max.x - min.x) * CLIP_PADDING;
  const padY = (max.y - min.y) * CLIP_PADDING;
  return {
    minX: Math.floor((min.x - padX) * toLevel),
    minY: Math.floor((min.y - padY) * toLevel),
    maxX: Math.ceil((max.x + padX) * toLevel),
    maxY: Math.ceil((max.y + padY) * toLevel),
  };
}

const NO_CLIP: PixelRect = { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity };

/** How far beyond the view, as a share of its size, an area's outline is kept. */
const CLIP_PADDING = 0.25;

/** An area's path data at zoom level `level`, clipped to `clip`. */
export function outline(feature: GeoJSON.Feature, level: number, clip: PixelRect): string {
  return linesPathData(areaLinesAt(feature, level), true, clip);
}
