// A Leaflet layer that paints spots on one canvas covering the map, in the `points` pane.
// It repaints on moveend/resize and scales with CSS during zoom animations (as leaflet.heat does).
// The canvas takes no pointer events: clicks reach the map and are hit-tested against what was
// painted, and keyboard users get DOM buttons (spot-buttons.ts).
import {
  Browser,
  DomUtil,
  Layer,
  type LayerOptions,
  type Map as LeafletMap,
  type Point,
  type ZoomAnimEvent,
} from 'leaflet';
import type { Spot } from '../../core/aggregate';
import { paintSpot, type SpotLook } from './paint-spot';

export interface PaintedSpot {
  readonly spot: Spot;
  /** Container pixel position and radius of the painted disc. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface SpotSource {
  /** Spots inside [west, south, east, north] degrees at a zoom. */
  query(bbox: readonly [number, number, number, number], zoom: number): readonly Spot[];
  look(spot: Spot): SpotLook;
}

/** Map internals used for zoom animation; stable in Leaflet 1.9. */
interface MapInternals {
  _getCenterOffset(center: unknown): Point;
  _getMapPanePos(): Point;
}

export class SpotCanvas extends Layer {
  private canvas: HTMLCanvasElement | null = null;
  private source: SpotSource | null = null;
  private painted: PaintedSpot[] = [];
  /** Called after every paint with what was painted, for the DOM mirror. */
  onPainted: (painted: readonly PaintedSpot[]) => void = () => {};

  constructor(options?: LayerOptions) {
    super(options);
  }

  setSource(source: SpotSource): this {
    this.source = source;
    if (this._map) this.reset();
    return this;
  }

  override onAdd(map: LeafletMap): this {
    const animated = map.options.zoomAnimation && Browser.any3d;
    this.canvas = DomUtil.create('canvas', `dl-spot-canvas leaflet-zoom-${animated ? 'animated' : 'hide'}`);
    this.getPane()?.appendChild(this.canvas);
    map.on('moveend resize viewreset', this.reset, this);
    if (animated) map.on('zoomanim', this.animateZoom, this);
    this.reset();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    map.off('moveend resize viewreset', this.reset, this);
    map.off('zoomanim', this.animateZoom, this);
    this.canvas?.remove();
    this.canvas = null;
    this.painted = [];
    return this;
  }

  /** The painted spot under a container point, topmost first; undefined when none. */
  hit(x: number, y: number): PaintedSpot | undefined {
    for (let k = this.painted.length - 1; k >= 0; k--) {
      const p = this.painted[k] as PaintedSpot;
      const dx = x - p.x;
      const dy = y - p.y;
      if (dx * dx + dy * dy <= (p.r + 3) * (p.r + 3)) return p;
    }
    return undefined;
  }

  private animateZoom(e: ZoomAnimEvent): void {
    const map = this._map as LeafletMap & MapInternals;
    if (!this.canvas) return;
    const scale = map.getZoomScale(e.zoom);
    const offset = map._getCenterOffset(e.center).multiplyBy(-scale).subtract(map._getMapPanePos());
    DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** Repositions the canvas over the viewport and repaints. */
  reset(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    if (canvas.width !== Math.round(size.x * ratio) || canvas.height !== Math.round(size.y * ratio)) {
      canvas.width = Math.round(size.x * ratio);
      canvas.height = Math.round(size.y * ratio);
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    this.painted = [];
    if (this.source) {
      // Query a margin of one radius around the view so spots at the edge are not cut in half.
      const pad = 30;
      const sw = map.containerPointToLatLng([-pad, size.y + pad]);
      const ne = map.containerPointToLatLng([size.x + pad, -pad]);
      const bbox = [
        Math.max(-180, sw.lng),
        Math.max(-85, sw.lat),
        Math.min(180, ne.lng),
        Math.min(85, ne.lat),
      ] as const;
      // Smaller first, so the busiest spots are painted on top.
      const spots = [...this.source.query(bbox, map.getZoom())].sort((a, b) => a.count - b.count);
      for (const spot of spots) {
        const look = this.source.look(spot);
        const pt = map.latLngToContainerPoint([spot.lat, spot.lon]);
        paintSpot(ctx, pt.x, pt.y, look, ratio);
        this.painted.push({ spot, x: pt.x, y: pt.y, r: look.radius });
      }
    }
    this.onPainted(this.painted);
  }
}
