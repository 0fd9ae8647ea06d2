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
  type Spot,
  type SpotIndex,
  topicMix,
} from '../../core/aggregate';
import { groupDigits } from '../../core/group-digits';
import type { TextsArriving } from '../../core/model';
import type { NewsEvent } from '../../core/types';
import { clipText } from '../text-element';
import { NEUTRAL, type SpotLook, spotRadius } from './paint-spot';
import { SpotButtons, spotKey } from './spot-buttons';
import { type PaintedSpot, SpotCanvas } from './spot-canvas';
import { SpotTooltip } from './spot-tooltip';
import { eventsLabel, type Pick, TITLES_LOADING } from './types';

export interface PointLayerProps {
  readonly prep: AggregationPrep;
  readonly points: PointAggregate;
  readonly spots: SpotIndex;
  readonly positions: Int32Array;
  /** Set to this layer's hit test while mounted, so areas under a spot leave the click to it. */
  readonly hitRef?: RefObject<(p: Point) => boolean>;
  onPick(pick: Pick): void;
  /** The events by position (model.index.events), for the titles in a spot's tooltip. */
  readonly events?: readonly NewsEvent[];
  /** The events of the spot under the pointer ([] when it leaves), for their arcs. */
  onHover?(positions: readonly number[]): void;
  /** The events' texts while they arrive (model.arriving): a shown tooltip is written again as they do. */
  readonly arriving?: TextsArriving | undefined;
}

/** Titles shown in a spot's hover tooltip before "and N more". */
const TOOLTIP_TITLES = 3;

/**
 * "Nice: 5 events", then the first few titles, one a line. `titleOf` is undefined for an event whose
 * text is not in yet: then the tooltip says the details are loading rather than listing blanks.
 */
export function spotTooltip(
  prep: AggregationPrep,
  spot: Spot,
  at: readonly number[],
  titleOf: (p: number) => string | undefined,
): string {
  if (spot.kind === 'cluster') return `${spotLabel(prep, spot)} — click to zoom in`;
  const first = at.slice(0, TOOLTIP_TITLES).map(titleOf);
  if (first.includes(undefined)) return [spotLabel(prep, spot), TITLES_LOADING].join('\n');
  const titles = first.map((title) => `• ${clipText(title as string)}`);
  if (at.length > TOOLTIP_TITLES) titles.push(`and ${groupDigits(at.length - TOOLTIP_TITLES)} more`);
  return [spotLabel(prep, spot), ...titles].join('\n');
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

export function PointLayer({
  prep,
  points,
  spots,
  positions,
  events,
  hitRef,
  onPick,
  onHover,
  arriving,
}: PointLayerProps) {
  const map = useMap();
  const layerRef = useRef<SpotCanvas | null>(null);
  const tipRef = useRef<SpotTooltip | null>(null);
  // Read by the click handlers, which are bound once.
  const latest = useRef({ prep, spots, positions, events, onPick, onHover });
  latest.current = { prep, spots, positions, events, onPick, onHover };

  useEffect(
    function addSpotLayer() {
      const layer = new SpotCanvas({ pane: 'points' });
      function activate(spot: Spot, focus: HTMLElement | null) {
        const { prep: pr, spots: index, positions: visible, onPick: pick } = latest.current;
        if (spot.kind === 'cluster') {
          const zoom = Math.min(index.expansionZoom(spot.clusterId, map.getZoom()), map.getMaxZoom());
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
      // Over a painted spot: a pointer cursor, a tooltip naming the spot and its first events, and the
      // events' arcs (through onHover). Everything changes only when the spot under the pointer does.
      const titleOf = (p: number) => latest.current.events?.[p]?.title;
      const tip = new SpotTooltip(map, (spot, at) => spotTooltip(latest.current.prep, spot, at, titleOf));
      tipRef.current = tip;
      let over: string | null = null;
      function hover(hit: PaintedSpot | undefined) {
        const key = hit ? spotKey(hit.spot) : null;
        if (key === over) return;
        over = key;
        map.getContainer().classList.toggle('dl-over-spot', hit !== undefined);
        const { prep: pr, positions: visible, onHover: report } = latest.current;
        if (!hit) {
          tip.hide();
          report?.([]);
          return;
        }
        const at = hit.spot.kind === 'place' ? positionsAtPoint(pr, visible, hit.spot.point) : [];
        tip.show(hit.spot, at);
        report?.(at);
      }
      function onMouseMove(e: LeafletMouseEvent) {
        hover(layer.hit(e.containerPoint.x, e.containerPoint.y));
      }
      function onMouseOut() {
        hover(undefined);
      }
      layer.addTo(map);
      map.on('click', onMapClick);
      map.on('mousemove', onMouseMove);
      map.on('mouseout', onMouseOut);
      layerRef.current = layer;
      if (hitRef) hitRef.current = (p) => layer.hit(p.x, p.y) !== undefined;
      return function removeSpotLayer() {
        if (hitRef) hitRef.current = () => false;
        map.off('click', onMapClick);
        map.off('mousemove', onMouseMove);
        map.off('mouseout', onMouseOut);
        tip.hide();
        tipRef.current = null;
        map.getContainer().classList.remove('dl-over-spot');
        buttons.clear();
        layer.remove();
        layerRef.current = null;
      };
    },
    [map, hitRef],
  );

  useEffect(
    // A tooltip shown while the events' texts arrive says they are loading: it lists the titles once
    // they are in, under a pointer that has not moved.
    function refreshTooltipAsTextsArrive() {
      return arriving?.subscribe(() => tipRef.current?.refresh());
    },
    [arriving],
  );

  useEffect(
    function updateSpots() {
      layerRef.current?.setSource({
        query: (bbox, zoom) => spots.query(bbox, zoom),
        look: (spot) => spotLook(prep, points, spot),
      });
    },
    [prep, points, spots],
  );

  return null;
}
