// The DOM side of the labels: a Leaflet pane of plain text elements, reused between layouts and moved
// with CSS transforms. Text is set with textContent only (place names come from user data too).
import { DomUtil, type Map as LeafletMap } from 'leaflet';
import type { LabelTier, PlacedLabel } from '../../core/labels';

const PANE = 'labels';

export class LabelPane {
  private readonly root: HTMLElement;
  private readonly shown = new Map<string, HTMLElement>();
  private readonly widths = new Map<string, number>();
  private readonly fonts = new Map<LabelTier, { font: string; lineHeight: number }>();
  private readonly context: CanvasRenderingContext2D | null;

  constructor(private readonly map: LeafletMap) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    // Not read out and never a target: the areas and the marks carry these names for assistive
    // technology, and a click or hover goes through to them. Hidden while a zoom animates.
    pane.setAttribute('aria-hidden', 'true');
    pane.classList.add('leaflet-zoom-hide');
    this.root = DomUtil.create('div', 'dl-labels', pane);
    this.context = document.createElement('canvas').getContext('2d');
  }

  /** Font and line height of a tier, read once from the stylesheet through a hidden probe. */
  private style(tier: LabelTier) {
    let style = this.fonts.get(tier);
    if (!style) {
      const probe = DomUtil.create('div', `dl-label dl-label--${tier}`, this.root);
      probe.textContent = 'Mg';
      const computed = getComputedStyle(probe);
      style = { font: computed.font, lineHeight: probe.getBoundingClientRect().height };
      probe.remove();
      this.fonts.set(tier, style);
    }
    return style;
  }

  /** Width of the text as the tier draws it, CSS pixels. */
  measure(text: string, tier: LabelTier): number {
    const key = `${tier}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const { font } = this.style(tier);
      if (this.context) {
        this.context.font = font;
        width = this.context.measureText(text).width;
      } else width = text.length * 7;
      this.widths.set(key, width);
    }
    return width;
  }

  lineHeight(tier: LabelTier): number {
    return this.style(tier).lineHeight;
  }

  /** Shows exactly these labels (container pixels), reusing the elements that stay. */
  draw(placed: readonly PlacedLabel[]): void {
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const keep = new Set<string>();
    for (const label of placed) {
      const text = this.element(label.key, `dl-label dl-label--${label.tier}`, label.text);
      move(text, label.x + origin.x, label.y + origin.y);
      keep.add(label.key);
      if (label.dot) {
        const dotKey = `dot\u0000${label.key}`;
        move(this.element(dotKey, 'dl-label-dot', ''), label.dot.x + origin.x, label.dot.y + origin.y);
        keep.add(dotKey);
      }
    }
    for (const [key, el] of this.shown) {
      if (keep.has(key)) continue;
      el.remove();
      this.shown.delete(key);
    }
  }

  private element(key: string, className: string, text: string): HTMLElement {
    let el = this.shown.get(key);
    if (!el) {
      el = DomUtil.create('div', className, this.root);
      this.shown.set(key, el);
    }
    if (el.className !== className) el.className = className;
    if (el.textContent !== text) el.textContent = text;
    return el;
  }

  remove(): void {
    this.root.remove();
    this.shown.clear();
  }
}

function move(el: HTMLElement, x: number, y: number): void {
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}
