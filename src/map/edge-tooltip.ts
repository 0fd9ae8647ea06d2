// Tooltips that stay whole inside the map: above their spot or pointer when that fits; beside it,
// towards the middle, at the left or right edge; below it at the top edge. Used by the spot tooltip
// (src/map/events/spot-tooltip.ts) and by the sticky tooltips that follow the pointer over areas,
// boundaries and arcs (keepTooltipInside).
import type { Direction, Layer, Map as LeafletMap, LeafletMouseEvent, Point, Tooltip } from 'leaflet';

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** Pixels between a spot's centre and its tooltip. */
const GAP = 8;

/** Offsets of a tooltip beside a spot's centre. */
export const SPOT_OFFSETS: Record<Side, [number, number]> = {
  top: [0, -GAP],
  bottom: [0, GAP],
  left: [-GAP, 0],
  right: [GAP, 0],
};

/** Offsets of a tooltip beside the pointer: below and right of it, clear of the arrow cursor. */
const POINTER_OFFSETS: Record<Side, [number, number]> = {
  top: [0, 0],
  bottom: [0, 20],
  left: [-4, 0],
  right: [16, 0],
};

/**
 * Where a tooltip of `tip` pixels goes beside a point at `at` (container pixels) in a map of `map` pixels:
 * above it when it fits; beside it, towards the middle, when above would cut it at the left or right
 * edge; below it when above would cut it at the top.
 */
export function tooltipDirection(
  at: { readonly x: number; readonly y: number },
  map: { readonly x: number; readonly y: number },
  tip: { readonly width: number; readonly height: number },
): Side {
  if (at.x - tip.width / 2 < 0) return 'right';
  if (at.x + tip.width / 2 > map.x) return 'left';
  if (at.y - GAP - tip.height < 0) return 'bottom';
  return 'top';
}

/** Turns the open tooltip `tip`, beside container point `at`, to the side where it fits whole. */
export function turnTooltip(
  map: LeafletMap,
  tip: Tooltip,
  at: { readonly x: number; readonly y: number },
  offsets: Record<Side, [number, number]>,
): void {
  const el = tip.getElement();
  if (!el || !tip.isOpen()) return;
  const side = tooltipDirection(at, map.getSize(), { width: el.offsetWidth, height: el.offsetHeight });
  if (side === tip.options.direction) return;
  tip.options.direction = side as Direction;
  tip.options.offset = offsets[side];
  tip.update();
}

/**
 * Keeps the sticky tooltip bound to `layer` (now or later) whole inside `map` as it follows the pointer:
 * it turns below the pointer at the map's top edge, and beside it at the left and right edges.
 */
export function keepTooltipInside(map: LeafletMap, layer: Layer): void {
  const turn = (at: Point) => {
    const tip = layer.getTooltip();
    if (tip) turnTooltip(map, tip, at, POINTER_OFFSETS);
  };
  layer.on('tooltipopen', () => {
    const at = layer.getTooltip()?.getLatLng();
    if (at) turn(map.latLngToContainerPoint(at));
  });
  layer.on('mousemove', (e: LeafletMouseEvent) => turn(e.containerPoint));
}
