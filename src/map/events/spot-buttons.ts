// Keyboard and screen-reader access to the canvas: one transparent <button> per painted spot
// (the busiest MAX_BUTTONS), each in a divIcon marker so Leaflet keeps it in place while zooming.
// Markers are reused by key between paints, so a focused button keeps its focus. The buttons are one
// Tab stop (a roving tabindex): Tab enters the marks, arrow keys move to the nearest mark that way.
// A button has one small size from the style sheet; only the focused one is sized to its spot, for
// its focus ring. (Resizing hundreds of buttons on every repaint was the larger part of a redraw's
// style and layout work; the mouse is served by hit-testing the canvas, not by the buttons' boxes.)
import { DomEvent, divIcon, type Map as LeafletMap, type Marker, marker } from 'leaflet';
import type { Spot } from '../../core/aggregate';
import { isArrowKey, nextInDirection } from './arrow-nav';
import type { PaintedSpot } from './spot-canvas';

/** More buttons than this make tabbing useless and slow the repaint down. */
export const MAX_BUTTONS = 400;

interface Entry {
  readonly marker: Marker;
  readonly button: HTMLButtonElement;
  spot: Spot;
  /** Diameter of the painted disc plus a margin, in CSS pixels; applied while focused. */
  size: number;
  label: string;
}

export function spotKey(spot: Spot): string {
  return spot.kind === 'cluster' ? `c${spot.clusterId}` : `p${spot.point}`;
}

export class SpotButtons {
  private readonly entries = new Map<string, Entry>();
  /** Key of the one button in the Tab order. */
  private current: string | null = null;

  constructor(
    private readonly map: LeafletMap,
    private readonly labelOf: (spot: Spot) => string,
    private readonly activate: (spot: Spot, button: HTMLButtonElement) => void,
  ) {}

  sync(painted: readonly PaintedSpot[]): void {
    const busiest =
      painted.length > MAX_BUTTONS
        ? [...painted].sort((a, b) => b.spot.count - a.spot.count).slice(0, MAX_BUTTONS)
        : painted;
    const keep = new Set<string>();
    for (const p of busiest) {
      const key = spotKey(p.spot);
      keep.add(key);
      let entry = this.entries.get(key);
      if (!entry) entry = this.create(key, p.spot);
      // Only what changed is written: most spots keep their place, size and label between paints.
      if (entry.spot.lat !== p.spot.lat || entry.spot.lon !== p.spot.lon)
        entry.marker.setLatLng([p.spot.lat, p.spot.lon]);
      entry.spot = p.spot;
      const size = Math.round(p.r * 2 + 6);
      if (size !== entry.size) {
        entry.size = size;
        if (document.activeElement === entry.button) fitToSpot(entry);
      }
      const label = this.labelOf(p.spot);
      if (label !== entry.label) {
        entry.label = label;
        entry.button.setAttribute('aria-label', label);
      }
    }
    for (const [key, entry] of this.entries) {
      if (keep.has(key)) continue;
      entry.marker.remove();
      this.entries.delete(key);
    }
    if (this.current === null || !this.entries.has(this.current)) {
      const first = this.entries.keys().next();
      this.makeCurrent(first.done ? null : first.value);
    }
  }

  private makeCurrent(key: string | null): void {
    if (key === this.current) return;
    const before = this.current === null ? undefined : this.entries.get(this.current);
    if (before) before.button.tabIndex = -1;
    this.current = key;
    const entry = key === null ? undefined : this.entries.get(key);
    if (entry) entry.button.tabIndex = 0;
  }

  /** Moves focus from the button `key` to the nearest one in the arrow's direction. */
  private moveFocus(key: string, arrow: string): boolean {
    if (!isArrowKey(arrow)) return false;
    const keys = [...this.entries.keys()];
    const points = keys.map((k) => {
      const spot = this.entries.get(k)?.spot;
      return spot ? this.map.latLngToContainerPoint([spot.lat, spot.lon]) : { x: Number.NaN, y: Number.NaN };
    });
    const next = keys[nextInDirection(points, keys.indexOf(key), arrow)];
    if (next !== undefined) this.entries.get(next)?.button.focus();
    return true;
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.marker.remove();
    this.entries.clear();
    this.current = null;
  }

  private create(key: string, spot: Spot): Entry {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'dl-spot-button';
    button.tabIndex = -1;
    button.dataset.spot = key;
    DomEvent.disableClickPropagation(button);
    const entry: Entry = {
      // No iconSize: the button sizes and centres itself (see events.css).
      marker: marker([spot.lat, spot.lon], {
        icon: divIcon({ html: button, className: 'dl-spot-icon', iconSize: undefined }),
        keyboard: false,
        interactive: false,
        pane: 'markerPane',
      }),
      button,
      spot,
      size: 0,
      label: '',
    };
    button.addEventListener('click', () => this.activate(entry.spot, button));
    button.addEventListener('focus', () => {
      this.makeCurrent(key);
      fitToSpot(entry);
    });
    button.addEventListener('keydown', (event) => {
      if (!this.moveFocus(key, event.key)) return;
      event.preventDefault();
      event.stopPropagation(); // the map would pan on arrow keys
    });
    button.addEventListener('blur', () => {
      button.style.width = '';
      button.style.height = '';
    });
    entry.marker.addTo(this.map);
    this.entries.set(key, entry);
    return entry;
  }
}

/** Sizes a button to its painted spot, so its focus ring circles the spot. */
function fitToSpot(entry: Entry): void {
  entry.button.style.width = `${entry.size}px`;
  entry.button.style.height = `${entry.size}px`;
}
