// @vitest-environment jsdom
// A spot's hover tooltip names the place and its first events; while their texts are still coming it
// says the details are loading instead of listing blank titles.
import { describe, expect, it } from 'vitest';
import { positionsAtPoint, prepareAggregation, type Spot } from '../../../src/core/aggregate';
import { spotTooltip } from '../../../src/map/events/PointLayer';
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
