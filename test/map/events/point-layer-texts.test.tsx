// @vitest-environment jsdom
// The spot layer on a real Leaflet map: a spot's tooltip shown while the events' texts arrive says
// their details are loading, and lists the titles once they are in, with the pointer still on it.
// (jsdom has no canvas: the spots are painted into a context that draws nothing; the hit test reads
// what was painted, as in the browser.)
import { act, cleanup, render } from '@testing-library/react';
import { type Map as LeafletMap, latLng, point } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregatePoints,
  buildSpotIndex,
  positionsAtPoint,
  prepareAggregation,
} from '../../../src/core/aggregate';
import type { TextsArriving } from '../../../src/core/model';
import type { NewsEvent } from '../../../src/core/types';
import { PointLayer } from '../../../src/map/events/PointLayer';
import { TITLES_LOADING } from '../../../src/map/events/types';
import { fixtureModel } from '../../core/aggregate/fixture';

const model = fixtureModel();
const prep = prepareAggregation(model);
const all = Int32Array.from(model.index.events, (_, i) => i);
const points = aggregatePoints(prep, all);
const spots = buildSpotIndex(prep, points);
const nice = prep.pointIds.indexOf('nice');
const at = positionsAtPoint(prep, all, nice);

/** Texts that arrive when the test says so. */
function arrivingTexts() {
  const listeners = new Set<() => void>();
  let complete = false;
  const arriving: TextsArriving = {
    complete: Promise.resolve(),
    get isComplete() {
      return complete;
    },
    received: 0,
    total: all.length,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    arriving,
    listeners,
    arrive() {
      complete = true;
      for (const listener of listeners) listener();
    },
  };
}

const getContext = HTMLCanvasElement.prototype.getContext;
beforeAll(() => {
  // Every drawing call does nothing; measureText says each character is 6 px wide.
  const draw = () => ({ width: 6 });
  HTMLCanvasElement.prototype.getContext = (() =>
    new Proxy({}, { get: () => draw, set: () => true })) as unknown as typeof getContext;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = getContext;
});
afterEach(cleanup);

describe('PointLayer while the texts arrive', () => {
  it("rewrites a shown spot's tooltip once the texts are in", () => {
    // The events by position, as the lazy list gives them: none until the texts come.
    const events: (NewsEvent | undefined)[] = Array.from(all, () => undefined);
    const { arriving, listeners, arrive } = arrivingTexts();
    let map: LeafletMap | null = null;
    const { unmount } = render(
      <MapContainer
        center={[43.7, 7.26]}
        zoom={6}
        ref={(m) => {
          map = m;
        }}
      >
        <PointLayer
          prep={prep}
          points={points}
          spots={spots}
          positions={all}
          events={events as readonly NewsEvent[]}
          arriving={arriving}
          onPick={() => {}}
        />
      </MapContainer>,
    );
    const leaflet = map as LeafletMap | null;
    if (!leaflet) throw new Error('no map');
    // The pointer on Nice, at the (0 × 0) map's centre.
    const centre = leaflet.latLngToContainerPoint(latLng(43.7, 7.26));
    act(() => {
      leaflet.fire('mousemove', { containerPoint: point(centre.x, centre.y), latlng: latLng(43.7, 7.26) });
    });
    const tooltip = () => document.querySelector('.leaflet-tooltip')?.textContent;
    expect(tooltip()).toBe(`Nice: ${at.length} events\n${TITLES_LOADING}`);
    expect(listeners.size).toBe(1);

    model.index.events.forEach((event, p) => {
      events[p] = event;
    });
    act(() => arrive());
    expect(tooltip()).toBe(
      [`Nice: ${at.length} events`, ...at.slice(0, 3).map((p) => `• ${model.index.events[p]?.title}`)].join(
        '\n',
      ),
    );
    unmount();
    expect(listeners.size).toBe(0);
  });
});
