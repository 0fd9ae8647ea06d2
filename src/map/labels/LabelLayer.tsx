// Place names on the map: the places of the shown events, countries and major cities, placed without
// overlaps by the pure core (core/labels) once per map move or filter change, never per frame (after a
// filter change, in the task just after the frame that shows it: src/load/after-paint.ts). Plain text
// nodes (textContent) in a pane of their own that takes no pointer and is hidden from assistive
// technology: the basemap's shapes and the event marks carry the names for screen readers.
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { AggregationPrep, AreaAggregate, PointAggregate, SpotIndex } from '../../core/aggregate';
import {
  type BaseLabels,
  type Box,
  buildBaseLabels,
  type DrawnSpot,
  eventLabelSources,
  layoutLabels,
  type PlacedLabel,
} from '../../core/labels';
import type { CorpusModel } from '../../core/model';
import { afterNextPaint } from '../../load/after-paint';
import { useCityPopulation } from '../../state/use-city-population';
import { spotRadius } from '../events/paint-spot';
import { LabelPane } from './label-pane';
import './labels.css';

export interface LabelLayerProps {
  readonly model: CorpusModel;
  /** Boundary geometry by id (the basemap's); a dataset's own outlines come from the model. */
  readonly boundaries: ReadonlyMap<string, GeoJSON.Feature>;
  readonly prep: AggregationPrep;
  /** The map's aggregation of the shown events (empty when their layer is off). */
  readonly points: PointAggregate;
  readonly areas: AreaAggregate;
  readonly spots: SpotIndex;
}

export function LabelLayer({ model, boundaries, prep, points, areas, spots }: LabelLayerProps) {
  const map = useMap();
  const population = useCityPopulation();
  const base = useMemo(() => {
    const all = new Map<string, GeoJSON.Feature>(boundaries);
    for (const [id, feature] of model.ownAreas) all.set(id, feature);
    return buildBaseLabels(model.corpus.places, all, population);
  }, [model, boundaries, population]);
  const paneRef = useRef<LabelPane | null>(null);

  useEffect(
    function addPane() {
      const pane = new LabelPane(map);
      paneRef.current = pane;
      return function removePane() {
        pane.remove();
        paneRef.current = null;
      };
    },
    [map],
  );

  useEffect(
    function followTheMap() {
      const draw = () => {
        const pane = paneRef.current;
        if (pane) pane.draw(layout(map, pane, { prep, base, points, areas, spots }));
      };
      // New data after the paint: the spots and areas of a filter change show first. A map move too: the
      // zoom's or pan's own task then does not also carry the labels' layout (issue 13), and the labels
      // stand in the old view's pixels for that frame.
      const later = afterNextPaint(draw);
      later.request();
      const onMove = () => later.request();
      map.on('moveend resize', onMove);
      return function stopFollowing() {
        later.cancel();
        map.off('moveend resize', onMove);
      };
    },
    [map, prep, base, points, areas, spots],
  );
  return null;
}

interface LayoutData {
  readonly prep: AggregationPrep;
  readonly base: BaseLabels;
  readonly points: PointAggregate;
  readonly areas: AreaAggregate;
  readonly spots: SpotIndex;
}

/** Places the labels for the map's current view. */
function layout(
  map: LeafletMap,
  pane: LabelPane,
  { prep, base, points, areas, spots: spotIndex }: LayoutData,
): PlacedLabel[] {
  const size = map.getSize();
  const zoom = map.getZoom();
  const b = map.getBounds();
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const;
  const inView = spotIndex.query(bbox, zoom);
  const spots = inView.map(
    (spot): DrawnSpot => ({
      lat: spot.lat,
      lon: spot.lon,
      radius: spotRadius(spot.count, spot.kind === 'cluster'),
      key: spot.kind === 'place' ? `point:${prep.pointIds[spot.point]}` : null,
    }),
  );
  const drawn = new Set<number>();
  for (const spot of inView) if (spot.kind === 'place') drawn.add(spot.point);
  return layoutLabels({
    base,
    events: eventLabelSources(prep, points, areas, base.spans, drawn),
    zoom,
    width: size.x,
    height: size.y,
    spots,
    obstacles: controlBoxes(map),
    project: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
    measure: (text, tier) => pane.measure(text, tier),
    lineHeight: (tier) => pane.lineHeight(tier),
  });
}

/** The map's controls (zoom, layers, legend, scale…), which labels keep clear of. */
function controlBoxes(map: LeafletMap): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return Array.from(container.querySelectorAll('.leaflet-control'), (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  });
}
