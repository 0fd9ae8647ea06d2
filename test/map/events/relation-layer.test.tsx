// @vitest-environment jsdom
// Arcs drawn while the events' texts arrive (a spot's arcs on hover, or every relation as a layer) say
// the details are loading, in their tooltip and their accessible name, and say what relates to what
// once the titles are in (src/map/events/RelationLayer.tsx, on a real Leaflet map and SVG renderer).
import { act, cleanup, render } from '@testing-library/react';
import { MapContainer, Pane } from 'react-leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareAggregation, visibleRelations } from '../../../src/core/aggregate';
import { relationSentence } from '../../../src/core/event-view';
import type { NewsEvent } from '../../../src/core/types';
import { arcWords, RelationLayer } from '../../../src/map/events/RelationLayer';
import { TITLES_LOADING } from '../../../src/map/events/types';
import { fixtureModel } from '../../core/aggregate/fixture';

const model = fixtureModel();
const prep = prepareAggregation(model);
const all = Int32Array.from(model.index.events, (_, i) => i);
const relations = visibleRelations(prep, all);
const titleAt = (p: number) => model.index.events[p]?.title ?? '';

afterEach(cleanup);

describe('arcWords', () => {
  it('says what relates to what, or that the details are loading while a title is not in', () => {
    const r = relations[0];
    if (!r) throw new Error('the fixture has no relation');
    expect(arcWords(r, model.index.events)).toEqual({
      tip: `${titleAt(r.from)}\n${relationSentence(r.type, 'outgoing', titleAt(r.to))}`,
      label: expect.stringContaining(`${titleAt(r.from)}: `),
    });
    const half = model.index.events.map((e, p) => (p === r.to ? undefined : e)) as NewsEvent[];
    expect(arcWords(r, half).tip).toBe(TITLES_LOADING);
    expect(arcWords(r, half).label).toContain(TITLES_LOADING);
  });
});

describe('RelationLayer while the texts arrive', () => {
  it('writes an arc drawn before its titles came in again when it is hovered', () => {
    expect(relations.length).toBeGreaterThan(0);
    const events: (NewsEvent | undefined)[] = Array.from(all, () => undefined);
    render(
      <MapContainer center={[50, 10]} zoom={4}>
        <Pane name="relations" />
        <RelationLayer prep={prep} events={events as readonly NewsEvent[]} relations={relations} />
      </MapContainer>,
    );
    const paths = [...document.querySelectorAll('path[data-relation]')];
    expect(paths).toHaveLength(relations.length);
    for (const path of paths) expect(path.getAttribute('aria-label')).toContain(TITLES_LOADING);

    model.index.events.forEach((event, p) => {
      events[p] = event;
    });
    const path = paths[0] as SVGPathElement;
    const r = relations.find((rel) => path.getAttribute('data-relation') === rel.type) ?? relations[0];
    if (!r) throw new Error('no relation');
    const tooltip = () => document.querySelector('.leaflet-tooltip')?.textContent;
    act(() => {
      path.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 5, clientY: 5 }));
    });
    expect(path.getAttribute('aria-label')).not.toContain(TITLES_LOADING);
    expect(tooltip()).toContain(relationSentence(r.type, 'outgoing', '').trim());
    expect(tooltip()).not.toContain(TITLES_LOADING);
  });
});
