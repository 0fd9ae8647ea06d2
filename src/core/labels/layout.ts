// Greedy, collision-free label placement. Candidates are taken in priority order — the places of the
// shown events (most events first), then areas (largest first), then cities (most populous first) —
// and each is kept only where its box overlaps no label already placed and no spot of the map. Runs once per
// map move or filter change, not per frame: a few hundred candidates, well under a millisecond.
import type { BaseLabels, LabelSource, LabelTier } from './sources';

export interface Box {
  /** Top-left corner and size, CSS pixels in the map's container. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlacedLabel extends Box {
  readonly key: string;
  readonly text: string;
  readonly tier: LabelTier;
  /** Where a city's dot is drawn (its centre); null for areas and event places (they have a spot). */
  readonly dot: { readonly x: number; readonly y: number } | null;
}

export interface LayoutInput {
  readonly base: BaseLabels;
  /** The places of the shown events, most events first (eventLabelSources). */
  readonly events: readonly LabelSource[];
  /** Leaflet zoom level (fractional). */
  readonly zoom: number;
  /** The map's size, CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Latitude/longitude → container pixels. */
  project(lat: number, lon: number): { readonly x: number; readonly y: number };
  /** Width of a label's text, CSS pixels. */
  measure(text: string, tier: LabelTier): number;
  /** Height of a label's line box, CSS pixels. */
  lineHeight(tier: LabelTier): number;
  /**
   * The spots the map draws in view (a place's or a cluster's disc): no label covers one, and a point
   * place of an event is labelled only when its own spot is drawn (not merged into a cluster).
   */
  readonly spots: readonly DrawnSpot[];
  /** Boxes no label may cover, container pixels: the map's controls. */
  readonly obstacles?: readonly Box[];
}

export interface DrawnSpot {
  readonly lat: number;
  readonly lon: number;
  /** CSS pixels. */
  readonly radius: number;
  /** The place's label key ("point:<id>"); null for a cluster. */
  readonly key: string | null;
}

/** At most this many places of events are labelled in view (the busiest). */
export const MAX_EVENT_LABELS = 40;
/** Free space kept around every label, px. */
export const LABEL_GAP = 2;
/** A country is named when its text is at most this many times as wide as its largest part… */
export const AREA_FIT = 1;
/** …and the place of an event already when it is at most this many times as wide. */
export const EVENT_AREA_FIT = 2.5;
/** Radius of a city's dot, px. */
export const CITY_DOT = 2.5;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function layoutLabels(input: LayoutInput): PlacedLabel[] {
  const { width, height, zoom } = input;
  const scale = 2 ** zoom;
  const taken: Box[] = [...(input.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  const tried = new Set<string>();
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= width && y <= height;
  const free = (box: Box) =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.w <= width &&
    box.y + box.h <= height &&
    !taken.some((t) => overlaps(box, t));
  const pad = (box: Box): Box => ({
    x: box.x - LABEL_GAP,
    y: box.y - LABEL_GAP,
    w: box.w + 2 * LABEL_GAP,
    h: box.h + 2 * LABEL_GAP,
  });

  /** Tries the label's positions in turn and keeps the first free one. */
  function place(source: LabelSource, x: number, y: number, dot: number, fit: number): void {
    tried.add(source.key);
    const w = Math.ceil(input.measure(source.text, source.tier));
    const h = Math.ceil(input.lineHeight(source.tier));
    if (!source.point && source.spanX > 0 && w > fit * Math.max(source.spanX, source.spanY) * scale) return;
    const options: Box[] = source.point
      ? [
          { x: x + dot + 3, y: y - h / 2, w, h },
          { x: x - dot - 3 - w, y: y - h / 2, w, h },
          { x: x - w / 2, y: y - dot - 3 - h, w, h },
          { x: x - w / 2, y: y + dot + 3, w, h },
        ]
      : [{ x: x - w / 2, y: y - h / 2, w, h }];
    const cityDot =
      source.tier === 'city' ? { x: x - CITY_DOT, y: y - CITY_DOT, w: 2 * CITY_DOT, h: 2 * CITY_DOT } : null;
    if (cityDot && taken.some((t) => overlaps(cityDot, t))) return;
    for (const box of options) {
      if (!free(pad(box))) continue;
      taken.push(pad(box));
      if (cityDot) taken.push(cityDot);
      placed.push({
        key: source.key,
        text: source.text,
        tier: source.tier,
        ...box,
        dot: cityDot ? { x, y } : null,
      });
      return;
    }
  }

  // The spots on the map, which no label may cover, and the busiest event places in view.
  const spotAt = new Map<string, { x: number; y: number; r: number }>();
  for (const spot of input.spots) {
    const { x, y } = input.project(spot.lat, spot.lon);
    const r = spot.radius;
    taken.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    if (spot.key !== null) spotAt.set(spot.key, { x, y, r });
  }
  const events: { source: LabelSource; x: number; y: number; dot: number }[] = [];
  for (const source of input.events) {
    if (events.length >= MAX_EVENT_LABELS) break;
    if (source.point) {
      const spot = spotAt.get(source.key);
      if (spot && inView(spot.x, spot.y)) events.push({ source, x: spot.x, y: spot.y, dot: spot.r });
      continue;
    }
    const { x, y } = input.project(source.lat, source.lon);
    if (inView(x, y)) events.push({ source, x, y, dot: 0 });
  }
  for (const e of events) place(e.source, e.x, e.y, e.dot, EVENT_AREA_FIT);
  for (const source of input.base.areas) {
    if (tried.has(source.key)) continue;
    const { x, y } = input.project(source.lat, source.lon);
    if (inView(x, y)) place(source, x, y, 0, AREA_FIT);
  }
  // A city is not named twice: "Kaliningrad" the region already says where Kaliningrad the city is.
  const named = new Set(placed.map((label) => label.text));
  for (const source of input.base.cities) {
    if (zoom < source.minZoom || tried.has(source.key) || named.has(source.text)) continue;
    const { x, y } = input.project(source.lat, source.lon);
    if (inView(x, y)) place(source, x, y, CITY_DOT, AREA_FIT);
  }
  return placed;
}
