// @vitest-environment jsdom
// Tooltips stay whole inside the map: the side rule (tooltipDirection), and sticky tooltips that follow
// the pointer over an area turning below it at the top edge and beside it at the side edges
// (keepTooltipInside, on a real Leaflet map; jsdom has no layout, so the map's and the tooltip's sizes
// are given).
import { type LeafletMouseEvent, map as leafletMap, point, polygon } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { keepTooltipInside, tooltipDirection } from '../../src/map/edge-tooltip';

describe('tooltipDirection', () => {
  const map = { x: 900, y: 500 };
  const tip = { width: 300, height: 60 };
  it('puts the tooltip above a spot when it fits there', () => {
    expect(tooltipDirection({ x: 450, y: 250 }, map, tip)).toBe('top');
    expect(tooltipDirection({ x: 150, y: 68 }, map, tip)).toBe('top');
  });
  it('turns it beside the spot, towards the middle, where above would cut it at an edge', () => {
    expect(tooltipDirection({ x: 149, y: 250 }, map, tip)).toBe('right');
    expect(tooltipDirection({ x: 751, y: 250 }, map, tip)).toBe('left');
    expect(tooltipDirection({ x: 20, y: 10 }, map, tip)).toBe('right');
  });
  it('turns it below the spot near the top', () => {
    expect(tooltipDirection({ x: 450, y: 67 }, map, tip)).toBe('bottom');
  });
});

/** Gives `el` a size, as a browser would lay it out. */
function sized(el: HTMLElement, width: number, height: number) {
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: height });
  Object.defineProperty(el, 'offsetWidth', { configurable: true, value: width });
  Object.defineProperty(el, 'offsetHeight', { configurable: true, value: height });
}

function setUp(keep: boolean) {
  const div = document.createElement('div');
  document.body.append(div);
  sized(div, 800, 500);
  const map = leafletMap(div).setView([0, 0], 2);
  const area = polygon([
    [-60, -150],
    [70, -150],
    [70, 150],
    [-60, 150],
  ]).addTo(map);
  area.bindTooltip('A long area name, 240 px wide', { sticky: true, direction: 'top' });
  if (keep) keepTooltipInside(map, area);
  /** Moves the pointer to container pixel (x, y) over the area, as Leaflet reports it. */
  const hover = (x: number, y: number, type: 'mouseover' | 'mousemove') => {
    const containerPoint = point(x, y);
    const latlng = map.containerPointToLatLng(containerPoint);
    const originalEvent = new MouseEvent(type, { clientX: x, clientY: y });
    area.fire(type, {
      latlng,
      containerPoint,
      layerPoint: map.containerPointToLayerPoint(containerPoint),
      originalEvent,
    } as unknown as LeafletMouseEvent);
    const el = area.getTooltip()?.getElement();
    if (el) sized(el, 240, 30);
  };
  const side = () => area.getTooltip()?.options.direction;
  return { hover, side, area };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('keepTooltipInside', () => {
  it('turns an area’s sticky tooltip below the pointer at the top edge and beside it at the sides', () => {
    const { hover, side, area } = setUp(true);
    hover(400, 250, 'mouseover');
    hover(400, 251, 'mousemove');
    expect(area.isTooltipOpen()).toBe(true);
    expect(side()).toBe('top');
    hover(400, 12, 'mousemove');
    expect(side()).toBe('bottom');
    hover(60, 250, 'mousemove');
    expect(side()).toBe('right');
    hover(760, 250, 'mousemove');
    expect(side()).toBe('left');
    hover(400, 250, 'mousemove');
    expect(side()).toBe('top');
    expect(area.getTooltip()?.getElement()?.className).toContain('leaflet-tooltip-top');
  });

  it('leaves a tooltip that is not kept inside on top, cut at the edge', () => {
    const { hover, side } = setUp(false);
    hover(400, 250, 'mouseover');
    hover(400, 12, 'mousemove');
    expect(side()).toBe('top');
  });
});
