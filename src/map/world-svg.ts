// A Leaflet SVG renderer for static shapes whose path data is written once in world pixels at
// WORLD_ZOOM (src/core/geo/world-path.ts). Leaflet's own vector layers re-project, clip and simplify
// every vertex in JavaScript after each zoom (hundreds of ms for the basemap's ~270 shapes on a slow
// machine); here a zoom or a move only sets one transform on the renderer's root group, and the
// browser scales the shapes. Strokes and dashes keep their screen width through one CSS variable on
// that group, `--dl-px` (world pixels per screen pixel; world-svg.css). `vector-effect:
// non-scaling-stroke` would say the same, but Chromium then strokes every path again on each repaint:
// recolouring the event areas took a 100k-event redraw from ~40 to ~87 ms. Everything else is
// Leaflet's: the pane, zoom animation, classes, styles, events, tooltips and `getElement()`.
import { type LatLng, Path, type PathOptions, type Renderer, type RendererOptions, SVG, Util } from 'leaflet';
import { WORLD_ZOOM } from '../core/geo';
import './world-svg.css';

interface Internals {
  _map?: import('leaflet').Map & { _animatingZoom?: boolean };
  _bounds?: unknown;
  _rootGroup?: SVGGElement;
  _container?: SVGSVGElement;
  /** The `--dl-px` last written. */
  _px?: string;
}

/**
 * A shape's stroke width and dashes as CSS variables in screen pixels (`--dl-weight`, `--dl-dash`),
 * which world-svg.css turns into world pixels with `--dl-px`. Leaflet's own attributes stay, for
 * anything that reads them, but the style sheet's rules win over them.
 */
export function screenStroke(path: SVGElement, weight: number | undefined, dashArray?: string | number[]) {
  path.style.setProperty('--dl-weight', String(weight ?? 1));
  const dashes = (Array.isArray(dashArray) ? dashArray : String(dashArray ?? '').split(/[\s,]+/))
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  if (dashes.length === 0) {
    path.style.removeProperty('--dl-dash');
    return;
  }
  // Each dash and gap scaled alone: calc() takes no list.
  const scaled = dashes.map((n) => `calc(${n}px * var(--dl-px, 1))`).join(' ');
  path.style.setProperty('--dl-dash', scaled);
}

/** Keeps the scale of patterns (the disputed areas' hatch) on screen: given the group's scale. */
export type OnScale = (scale: number) => void;

const WorldSvgClass: new (options: RendererOptions) => Renderer = SVG.extend({
  _update(this: Renderer & Internals & { _onScale?: OnScale; _pathZoom?: number }) {
    const map = this._map;
    if (!map || (map._animatingZoom && this._bounds)) return;
    (SVG.prototype as unknown as { _update(): void })._update.call(this);
    const scale = map.getZoomScale(map.getZoom(), this._pathZoom ?? WORLD_ZOOM);
    const origin = map.getPixelOrigin();
    this._rootGroup?.setAttribute('transform', `matrix(${scale} 0 0 ${scale} ${-origin.x} ${-origin.y})`);
    const px = String(1 / scale);
    if (px !== this._px) {
      this._rootGroup?.style.setProperty('--dl-px', px);
      this._px = px;
    }
    this._onScale?.(scale);
  },
  _updateStyle(this: Renderer, layer: Path & { _path?: SVGElement }) {
    (SVG.prototype as unknown as { _updateStyle(l: Path): void })._updateStyle.call(this, layer);
    if (layer._path) screenStroke(layer._path, layer.options.weight, layer.options.dashArray);
  },
});

/** A world renderer whose shapes' path data may be in the pixels of another zoom than WORLD_ZOOM. */
export type WorldSvg = Renderer & {
  /**
   * The zoom whose pixels the shapes' path data is in from now on (worldPathData's `zoom`): set it
   * with their new path data, in the same task; the transform follows at once.
   */
  setPathZoom(zoom: number): void;
};

/** The renderer; `onScale` runs after each zoom with the scale from path pixels to the screen. */
export function worldSvg(options: RendererOptions, onScale?: OnScale): WorldSvg {
  const renderer = new WorldSvgClass(options) as WorldSvg & { _onScale?: OnScale; _pathZoom?: number };
  if (onScale) renderer._onScale = onScale;
  renderer.setPathZoom = (zoom: number) => {
    if (zoom === renderer._pathZoom) return;
    renderer._pathZoom = zoom;
    // The transform follows now, whichever of this renderer's and its shapes' handlers runs first.
    const self = renderer as unknown as Internals & { _update(): void };
    if (self._map) self._update();
  };
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
  /** Replaces the path data (in world pixels): a simpler outline for another zoom. */
  setPathData(this: PathInternals, d: string) {
    if (d === this._d) return;
    this._d = d;
    if (this._drawn && this._drawn === this._path) this._renderer._setPath(this, d);
  },
});

/** A world path's path data can change (WorldPathClass.setPathData). */
export type WorldPath = Path & { setPathData(d: string): void; getCenter(): LatLng };

/** A shape from path data in world pixels, drawn by a worldSvg renderer (`options.renderer`). */
export function worldPath(d: string, center: LatLng, options: WorldPathOptions): WorldPath {
  return new WorldPathClass(d, center, options) as WorldPath;
}
