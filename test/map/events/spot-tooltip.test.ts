// @vitest-environment jsdom
// A spot's hover tooltip names the place and its first events; while their texts are still coming it
// says the details are loading instead of listing blank titles, and once they are in it lists them,
// under a pointer that has not moved (SpotTooltip, on a real Leaflet map).
import { map as leafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { positionsAtPoint, prepareAggregation, type Spot } from '../../../src/core/aggregate';
import { spotTooltip } from '../../../src/map/events/PointLayer';
import { SpotTooltip } from '../../../src/map/events/spot-tooltip';
import { TITLES_LOADING } from '../../../src/map/events/types';
import { fixtureModel } from '../../core/aggregate/fixture';

const model = fixtureModel();
const prep = prepareAggregation(model);
const all = Int32Array.from(model.index.events, (_, i) => i);
const nice = prep.pointIds.indexOf('nice');
const at = positionsAtPoint(prep, all, nice);
const spot: Spot = { kind: 'place', point: nice, lat: 43.7, lon: 7.26, count: at.length };
const titleOf = (p: number) => model.index.events[p]?.title;

describe('spotTooltip', () => {
  it('lists the first titles of the events at a place', () => {
    expect(at.length).toBeGreaterThan(1);
    const lines = spotTooltip(prep, spot, at, titleOf).split('\n');
    expect(lines[0]).toBe(`Nice: ${at.length} events`);
    expect(lines.slice(1)).toEqual(at.slice(0, 3).map((p) => `• ${titleOf(p)}`));
  });

  it('says the details are loading while a title is not in, and lists no blank ones', () => {
    const lines = spotTooltip(prep, spot, at, () => undefined).split('\n');
    expect(lines).toEqual([`Nice: ${at.length} events`, TITLES_LOADING]);
    const some = spotTooltip(prep, spot, at, (p) => (p === at[0] ? titleOf(p) : undefined));
    expect(some.split('\n')).toEqual([`Nice: ${at.length} events`, TITLES_LOADING]);
  });
});

function setUp() {
  const div = document.createElement('div');
  document.body.append(div);
  const map = leafletMap(div).setView([43.7, 7.26], 5);
  // The titles are "in" once `textsIn` is set, as the lazy event list gives them.
  const state = { textsIn: false, written: 0 };
  const tip = new SpotTooltip(map, (s, positions) => {
    state.written++;
    return spotTooltip(prep, s, positions, (p) => (state.textsIn ? model.index.events[p]?.title : undefined));
  });
  const shown = () => [...div.querySelectorAll('.leaflet-tooltip')].map((el) => el.textContent);
  return { div, map, tip, state, shown };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('SpotTooltip', () => {
  it('says the details are loading, then lists the titles once they are in, without a new hover', () => {
    const { tip, state, shown } = setUp();
    tip.show(spot, at);
    expect(shown()).toEqual([`Nice: ${at.length} events\n${TITLES_LOADING}`]);
    tip.refresh();
    expect(shown()).toEqual([`Nice: ${at.length} events\n${TITLES_LOADING}`]);
    state.textsIn = true;
    tip.refresh();
    const titles = at.slice(0, 3).map((p) => `• ${model.index.events[p]?.title}`);
    expect(shown()).toEqual([[`Nice: ${at.length} events`, ...titles].join('\n')]);
  });

  it('writes nothing when hidden, and shows the spot it is given', () => {
    const { tip, state, shown, div } = setUp();
    tip.refresh();
    expect(state.written).toBe(0);
    tip.show(spot, at);
    const el = div.querySelector('.leaflet-tooltip');
    expect(el?.className).toContain('dl-tooltip--lines');
    tip.hide();
    expect(shown()).toEqual([]);
    state.textsIn = true;
    const before = state.written;
    tip.refresh();
    expect(state.written).toBe(before);
    expect(shown()).toEqual([]);
  });
});
