// The part of the map that panels laid over it leave free. A panel says it covers the map with a
// `data-map-cover` attribute (the details card on the right, or a sheet along the bottom on a phone);
// with the control insets (popup-insets.ts) this gives the padding to keep an event's places in.
import type { Map as LeafletMap } from 'leaflet';
import { popupFit } from './popup-insets';

export interface FreePadding {
  readonly paddingTopLeft: [number, number];
  readonly paddingBottomRight: [number, number];
}

/** Gap kept between a place and a panel's edge (px). */
const GAP = 24;

/** Padding from the map's edges (px) to the rectangle no control or covering panel hides. */
export function freePadding(map: LeafletMap): FreePadding {
  const frame = map.getContainer().getBoundingClientRect();
  const fit = popupFit(map, 0);
  let right = fit.paddingBottomRight[0];
  let bottom = fit.paddingBottomRight[1];
  const root = map.getContainer().parentElement ?? document;
  for (const el of root.querySelectorAll('[data-map-cover]')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // A panel as wide as most of the map, along its bottom, covers a band below (a phone's sheet);
    // one against the right edge covers a band on the right (the desktop card).
    if (box.width > frame.width * 0.6 && box.bottom >= frame.bottom - 16)
      bottom = Math.max(bottom, frame.bottom - box.top + GAP);
    else if (box.right >= frame.right - 16) right = Math.max(right, frame.right - box.left + GAP);
  }
  return { paddingTopLeft: fit.paddingTopLeft, paddingBottomRight: [right, bottom] };
}

/** True when the container point lies in the free rectangle. */
export function isInFreeArea(map: LeafletMap, padding: FreePadding, x: number, y: number): boolean {
  const size = map.getSize();
  const [left, top] = padding.paddingTopLeft;
  const [right, bottom] = padding.paddingBottomRight;
  return x >= left && y >= top && x <= size.x - right && y <= size.y - bottom;
}
