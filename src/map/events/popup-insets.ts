// How far a popup must keep from each edge of the map so that no control (zoom, layers, legend,
// attribution) covers it, in CSS pixels, measured from the control corners when it opens.
import type { Map as LeafletMap } from 'leaflet';

export interface PopupFit {
  readonly paddingTopLeft: [number, number];
  readonly paddingBottomRight: [number, number];
  /** Widest popup content that fits between the insets (px). */
  readonly maxWidth: number;
  /**
   * Tallest content that fits (px), on a narrow map only; undefined on a wide one, where the CSS
   * cap (min(60vh, 30rem)) holds. The map's height may still change while the app lays out, and a
   * cap taken from it then would make a linked popup open, and pan, differently from the original.
   */
  readonly maxHeight: number | undefined;
}

/** Gap kept between a popup and a control or the map's edge (px). */
const GAP = 6;
/**
 * Least insets (px): the zoom bar (10 px margin + 34 px) on the left, the layers button on the top
 * right, the attribution and legend button below. Controls render through portals and may not be
 * in the DOM yet when a linked popup opens at load; these floors make that first pan the same.
 */
const MIN_LEFT = 50;
const MIN_TOP = 50;
const MIN_BOTTOM = 36;
/** Maps at most this wide (px) are a phone's: the app's sheet breakpoint (app.css). */
const NARROW = 700;
/** Popup chrome around the content: content margins (2 × 0.9rem) and wrapper border (px). */
const CHROME_X = 32;
/** Content margins (2 × 0.75rem), wrapper border and the tip below the popup (px). */
const CHROME_Y = 26 + 20;

function cornerBox(map: LeafletMap, selector: string): DOMRect | null {
  const el = map.getContainer().querySelector(selector);
  if (!el || el.childElementCount === 0) return null;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? box : null;
}

export function popupFit(map: LeafletMap, widest: number): PopupFit {
  const frame = map.getContainer().getBoundingClientRect();
  const topLeft = cornerBox(map, '.leaflet-top.leaflet-left');
  const topRight = cornerBox(map, '.leaflet-top.leaflet-right');
  const bottoms = [
    cornerBox(map, '.leaflet-bottom.leaflet-left'),
    cornerBox(map, '.leaflet-bottom.leaflet-right'),
  ];
  // The top-left controls are a narrow column: keep right of them. The top-right ones (the layers
  // button, where the close button would be) and the bottom ones are bands: keep below/above them.
  const left = Math.max(MIN_LEFT, (topLeft ? topLeft.right - frame.left : 0) + GAP);
  const top = Math.max(MIN_TOP, (topRight ? topRight.bottom - frame.top : 0) + GAP);
  const bottom = Math.max(MIN_BOTTOM, ...bottoms.map((b) => (b ? frame.bottom - b.top + GAP : 0)));
  const right = GAP;
  return {
    paddingTopLeft: [left, top],
    paddingBottomRight: [right, bottom],
    maxWidth: Math.max(160, Math.min(widest, frame.width - left - right - CHROME_X)),
    maxHeight: frame.width <= NARROW ? Math.max(120, frame.height - top - bottom - CHROME_Y) : undefined,
  };
}
