// A Leaflet SVG renderer for static shapes whose path data is written once in world pixels at
// WORLD_ZOOM (src/core/geo/world-path.ts). Leaflet's own vector layers re-project, clip and simplify
// every vertex in JavaScript after each zoom (hundreds of ms for the basemap's ~270 shapes on a slow
// machine); here a zoom or a move only sets one transform on the renderer's root group, and the
// browser scales the shapes. Strokes keep their width (`vector-effect: non-scaling-stroke` in
// world-svg.css). Everything else is Leaflet's: the pane, zoom animation, classes, styles, events,
// tooltips and `getElement()`.
import { type LatLng, Path, type PathOptions, type Renderer, type RendererOptions, SVG, Util } from 'leaflet';
import { WORLD_ZOOM } from '../core/geo';
import './world-svg.css';

interface Internals {
  _map?: import('leaflet').Map & { _animatingZoom?: boolean };
  _bounds?: unknown;
  _rootGroup?: SVGGElement;
  _container?: SVGSVGElement;
}

/** Keeps the scale of patterns (the disputed areas' hatch) on screen: given the group's scale. */
export type OnScale = (scale: number) => void;

const WorldSvgClass: new (options: RendererOptions) => Renderer = SVG.extend({
  _update(this: Renderer & Internals & { _onScale?: OnScale }) {
    const map = this._map;
    if (!map || (map._animatingZoom && this._bounds)) return;
    (SVG.prototype as unknown as { _update(): void })._update.call(this);
    const scale = map.getZoomScale(map.getZoom(), WORLD_ZOOM);
    const origin = map.getPixelOrigin();
    this._rootGroup?.setAttribute('transform', `matrix(${scale} 0 0 ${scale} ${-origin.x} ${-origin.y})`);
    this._onScale?.(scale);
  },
});

/** The renderer; `onScale` runs after each zoom with the scale from world pixels to the screen. */
export function worldSvg(options: RendererOptions, onScale?: OnScale): Renderer {
  const renderer: Renderer & { _onScale?: OnScale } = new WorldSvgClass(options);
  if (onScale) renderer._onScale = onScale;
  return renderer;
}

export interface WorldPathOptions extends PathOptions {
  readonly renderer: Renderer;
}

interface PathInternals {
  _renderer: { _setPath(layer: unknown, d: string): void };
  _d: string;
  _center: LatLng;
  _path: SVGPathElement;
  /** The element the path data was last written to (a new one each time the layer is added). */
  _drawn?: SVGPathElement;
}

const WorldPathClass: new (d: string, center: LatLng, options: WorldPathOptions) => Path = Path.extend({
  initialize(this: PathInternals, d: string, center: LatLng, options: WorldPathOptions) {
    Util.setOptions(this, options);
    this._d = d;
    this._center = center;
  },
  // Nothing to project: the path data is in world pixels, and the renderer's transform places it.
  _project() {},
  // Nor bounds to keep in pixels (Leaflet's setStyle calls this when the weight changes).
  _updateBounds() {},
  _update(this: PathInternals) {
    if (this._drawn === this._path) return;
    this._renderer._setPath(this, this._d);
    this._drawn = this._path;
  },
  /** Where a tooltip opens when the shape gets keyboard focus. */
  getCenter(this: PathInternals) {
    return this._center;
  },
});

/** A shape from path data in world pixels, drawn by a worldSvg renderer (`options.renderer`). */
export function worldPath(d: string, center: LatLng, options: WorldPathOptions): Path {
  return new WorldPathClass(d, center, options);
}
