// The greedy placement on hand-made candidates in a flat test projection (1° = 10 px at zoom 0,
// doubling per zoom level), with text 6 px per character and 12 px lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BaseLabels,
  type Box,
  type DrawnSpot,
  type LabelSource,
  type LayoutInput,
  layoutLabels,
  MAX_EVENT_LABELS,
  type PlacedLabel,
} from '../../../src/core/labels';

function source(
  key: string,
  text: string,
  lat: number,
  lon: number,
  more: Partial<LabelSource> = {},
): LabelSource {
  const point = key.startsWith('point:');
  return {
    key,
    text,
    lat,
    lon,
    tier: point ? 'city' : 'country',
    point,
    spanX: 0,
    spanY: 0,
    minZoom: 0,
    count: 0,
    ...more,
  };
}

function input(parts: Partial<LayoutInput> & { areas?: LabelSource[]; cities?: LabelSource[] }): LayoutInput {
  const base: BaseLabels = { areas: parts.areas ?? [], cities: parts.cities ?? [], spans: new Map() };
  const zoom = parts.zoom ?? 0;
  return {
    base,
    events: parts.events ?? [],
    zoom,
    width: parts.width ?? 400,
    height: parts.height ?? 300,
    spots: parts.spots ?? [],
    ...(parts.obstacles ? { obstacles: parts.obstacles } : {}),
    project: (lat, lon) => ({ x: lon * 10 * 2 ** zoom, y: (30 - lat) * 10 * 2 ** zoom }),
    measure: (text) => text.length * 6,
    lineHeight: () => 12,
  };
}

const texts = (placed: readonly PlacedLabel[]) => placed.map((l) => l.text);
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const spot = (lat: number, lon: number, radius: number, key: string | null): DrawnSpot => ({
  lat,
  lon,
  radius,
  key,
});

describe('layoutLabels', () => {
  it('keeps every label inside the view, clear of every other label and of every spot (random candidates)', () => {
    const candidate = fc.record({
      lat: fc.integer({ min: 0, max: 30 }),
      lon: fc.integer({ min: 0, max: 40 }),
      text: fc.string({ minLength: 1, maxLength: 12 }),
      point: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 60 }),
        fc.array(candidate, { maxLength: 10 }),
        (cands, dots) => {
          const areas = cands
            .filter((c) => !c.point)
            .map((c, i) => source(`area:${i}`, c.text, c.lat, c.lon));
          const cities = cands
            .filter((c) => c.point)
            .map((c, i) => source(`point:${i}`, c.text, c.lat, c.lon));
          const spots = dots.map((d) => spot(d.lat, d.lon, 6, null));
          const placed = layoutLabels(input({ areas, cities, spots }));
          const discs = spots.map((d) => ({ x: d.lon * 10 - 6, y: (30 - d.lat) * 10 - 6, w: 12, h: 12 }));
          const wrong = placed.flatMap((a, i) => [
            ...(a.x < 0 || a.y < 0 || a.x + a.w > 400 || a.y + a.h > 300 ? [`${a.key} outside`] : []),
            ...placed.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.key} over ${b.key}`] : [])),
            ...discs.flatMap((d) => (overlap(a, d) ? [`${a.key} over a spot`] : [])),
          ]);
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the place of an event priority over a larger country at the same spot', () => {
    const country = source('area:FRA', 'France', 15, 20);
    const event = source('area:BEL', 'Belgium', 15, 20, { tier: 'event', count: 3 });
    expect(texts(layoutLabels(input({ areas: [country], events: [event] })))).toEqual(['Belgium']);
    expect(texts(layoutLabels(input({ areas: [country] })))).toEqual(['France']);
  });

  it('takes areas in the order given (largest first): the smaller one that collides is hidden', () => {
    const big = source('area:A', 'Bigland', 15, 20);
    const small = source('area:B', 'Small', 15.5, 21);
    expect(texts(layoutLabels(input({ areas: [big, small] })))).toEqual(['Bigland']);
    expect(texts(layoutLabels(input({ areas: [small, big] })))).toEqual(['Small']);
  });

  it('names a small area only from the zoom at which its text fits inside it (Kosovo zoomed in)', () => {
    // "Kosovo" is 36 px wide; the area is 2 px wide at zoom 0, so it fits from zoom log2(18) ≈ 4.17.
    const kosovo = source('area:XKX', 'Kosovo', 29, 1, { tier: 'disputed', spanX: 2, spanY: 1.5 });
    expect(texts(layoutLabels(input({ areas: [kosovo], zoom: 4 })))).toEqual([]);
    expect(texts(layoutLabels(input({ areas: [kosovo], zoom: 4.25 })))).toEqual(['Kosovo']);
  });

  it('names the place of an event from a lower zoom than a country (2.5 times its size)', () => {
    const kosovo = source('area:XKX', 'Kosovo', 29, 1, { spanX: 2, spanY: 1.5, tier: 'event', count: 1 });
    // 36 px ≤ 2.5 × 2 px × 2^z from z ≈ 2.85.
    expect(texts(layoutLabels(input({ events: [kosovo], zoom: 2.75 })))).toEqual([]);
    expect(texts(layoutLabels(input({ events: [kosovo], zoom: 3 })))).toEqual(['Kosovo']);
  });

  it('shows a city only from its minimum zoom on, with a dot at the city', () => {
    const city = source('point:nice', 'Nice', 29, 1, { minZoom: 5 });
    expect(layoutLabels(input({ cities: [city], zoom: 4.75 }))).toEqual([]);
    const [label] = layoutLabels(input({ cities: [city], zoom: 5, width: 2000, height: 2000 }));
    expect(label?.dot).toEqual({ x: 320, y: 320 });
  });

  it('labels at most MAX_EVENT_LABELS event places, the busiest ones', () => {
    const events = Array.from({ length: MAX_EVENT_LABELS + 20 }, (_, i) =>
      source(`area:E${i}`, `E${i}`, 29 - 2 * Math.floor(i / 6), 3 + 6 * (i % 6), {
        tier: 'event',
        count: 1000 - i,
      }),
    );
    const placed = layoutLabels(input({ events, width: 2000, height: 2000 }));
    expect(placed).toHaveLength(MAX_EVENT_LABELS);
    expect(texts(placed)).toEqual(events.slice(0, MAX_EVENT_LABELS).map((e) => e.text));
  });

  it('labels an event point beside its spot, on the left when the right is taken', () => {
    const event = source('point:nice', 'Nice', 15, 20, { tier: 'event', count: 2 });
    const spots = [spot(15, 20, 8, 'point:nice')];
    const [right] = layoutLabels(input({ events: [event], spots }));
    expect(right?.x).toBe(200 + 8 + 3);
    const both = layoutLabels(
      input({ events: [event], spots, obstacles: [{ x: 205, y: 140, w: 60, h: 20 }] }),
    );
    expect(both[0]?.x).toBe(200 - 8 - 3 - 24);
  });

  it('does not label an event place whose spot is merged into a cluster, nor cover the cluster', () => {
    const event = source('point:nice', 'Nice', 15, 20, { tier: 'event', count: 2 });
    const city = source('point:cannes', 'Cannes', 15, 20.5);
    const cluster = spot(15, 20.2, 14, null);
    expect(layoutLabels(input({ events: [event], cities: [city], spots: [cluster] }))).toEqual([]);
  });

  it('keeps labels clear of the map controls', () => {
    const area = source('area:A', 'Area', 28, 2);
    expect(texts(layoutLabels(input({ areas: [area] })))).toEqual(['Area']);
    expect(layoutLabels(input({ areas: [area], obstacles: [{ x: 0, y: 0, w: 60, h: 60 }] }))).toEqual([]);
  });

  it('does not name a city again when an area of the same name is labelled (Kaliningrad)', () => {
    const region = source('area:RUS-KGD', 'Kaliningrad', 15, 22);
    const city = source('point:kaliningrad-city', 'Kaliningrad', 10, 10);
    expect(texts(layoutLabels(input({ areas: [region], cities: [city] })))).toEqual(['Kaliningrad']);
    expect(layoutLabels(input({ areas: [region], cities: [city] }))[0]?.key).toBe('area:RUS-KGD');
  });
});
