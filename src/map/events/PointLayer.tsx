// Point places with visible events, clustered, painted on one canvas (spot-canvas.ts) and
// mirrored by focusable buttons (spot-buttons.ts). Created once; new data repaints.
import type { LeafletMouseEvent, Point } from 'leaflet';
import { type RefObject, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import {
  type AggregationPrep,
  dominantTopic,
  type PointAggregate,
  positionsAtPoint,
  querySpots,
  type Spot,
  type SpotIndex,
  topicMix,
} from '../../core/aggregate';
import { NEUTRAL, type SpotLook, spotRadius } from './paint-spot';
import { SpotButtons } from './spot-buttons';
import { SpotCanvas } from './spot-canvas';
import { eventsLabel, type Pick } from './types';

export interface PointLayerProps {
  readonly prep: AggregationPrep;
  readonly points: PointAggregate;
  readonly spots: SpotIndex;
  readonly positions: Int32Array;
  /** Set to this layer's hit test while mounted, so areas under a spot leave the click to it. */
  readonly hitRef?: RefObject<(p: Point) => boolean>;
  onPick(pick: Pick): void;
}

export function spotLabel(prep: AggregationPrep, spot: Spot): string {
  if (spot.kind === 'cluster')
    return `Cluster of ${eventsLabel(spot.count)} near ${prep.pointNames[spot.near] ?? 'here'}`;
  return `${prep.pointNames[spot.point] ?? ''}: ${eventsLabel(spot.count)}`;
}

export function spotLook(prep: AggregationPrep, points: PointAggregate, spot: Spot): SpotLook {
  if (spot.kind === 'cluster')
    return {
      radius: spotRadius(spot.count, true),
      mix: [],
      ring: null,
      venue: true,
      cluster: true,
      count: spot.count,
    };
  const p = spot.point;
  const mix = topicMix(points.firstTopic, p, points.topics).map((m) => ({
    color: prep.topicColors[m.topic] ?? NEUTRAL,
    count: m.count,
  }));
  const second = dominantTopic(points.secondTopic, p, points.topics);
  return {
    radius: spotRadius(spot.count, false),
    mix,
    ring: second >= 0 ? (prep.topicColors[second] ?? null) : null,
    venue: (points.venue[p] ?? 0) > 0,
    cluster: false,
    count: spot.count,
  };
}

export function PointLayer({ prep, points, spots, positions, hitRef, onPick }: PointLayerProps) {
  const map = useMap();
  const layerRef = useRef<SpotCanvas | null>(null);
  // Read by the click handlers, which are bound once.
  const latest = useRef({ prep, spots, positions, onPick });
  latest.current = { prep, spots, positions, onPick };

  useEffect(
    function addSpotLayer() {
      const layer = new SpotCanvas({ pane: 'points' });
      function activate(spot: Spot, focus: HTMLElement | null) {
        const { prep: pr, spots: index, positions: visible, onPick: pick } = latest.current;
        if (spot.kind === 'cluster') {
          const zoom = Math.min(index.getClusterExpansionZoom(spot.clusterId), map.getMaxZoom());
          map.setView([spot.lat, spot.lon], Math.max(zoom, map.getZoom() + 1));
          return;
        }
        pick({
          latlng: [spot.lat, spot.lon],
          positions: positionsAtPoint(pr, visible, spot.point),
          name: pr.pointNames[spot.point] ?? '',
          returnFocus: focus,
        });
      }
      const buttons = new SpotButtons(map, (spot) => spotLabel(latest.current.prep, spot), activate);
      layer.onPainted = (painted) => buttons.sync(painted);
      function onMapClick(e: LeafletMouseEvent) {
        const hit = layer.hit(e.containerPoint.x, e.containerPoint.y);
        if (hit) activate(hit.spot, null);
      }
      // A pointer cursor over a painted spot; the class changes only when the answer does.
      let over = false;
      function onMouseMove(e: LeafletMouseEvent) {
        const now = layer.hit(e.containerPoint.x, e.containerPoint.y) !== undefined;
        if (now === over) return;
        over = now;
        map.getContainer().classList.toggle('dl-over-spot', now);
      }
      layer.addTo(map);
      map.on('click', onMapClick);
      map.on('mousemove', onMouseMove);
      layerRef.current = layer;
      if (hitRef) hitRef.current = (p) => layer.hit(p.x, p.y) !== undefined;
      return function removeSpotLayer() {
        if (hitRef) hitRef.current = () => false;
        map.off('click', onMapClick);
        map.off('mousemove', onMouseMove);
        map.getContainer().classList.remove('dl-over-spot');
        buttons.clear();
        layer.remove();
        layerRef.current = null;
      };
    },
    [map, hitRef],
  );

  useEffect(
    function updateSpots() {
      layerRef.current?.setSource({
        query: (bbox, zoom) => querySpots(spots, bbox, zoom),
        look: (spot) => spotLook(prep, points, spot),
      });
    },
    [prep, points, spots],
  );

  return null;
}
