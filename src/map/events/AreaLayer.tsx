// Areas with visible events (countries, regions, exclaves), shaded in the `event-areas` pane in
// the colour of their dominant topic, more opaque with more events. One SVG path per boundary,
// created the first time the area has events and restyled afterwards.
import {
  DomEvent,
  type LatLngBounds,
  type Map as LeafletMap,
  type LeafletMouseEvent,
  latLng,
  latLngBounds,
  type Point,
} from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type AggregationPrep, type AreaAggregate, positionsInArea } from '../../core/aggregate';
import { runInSlices } from '../../load/run-in-slices';
import { keepTooltipInside } from '../edge-tooltip';
import { textElement } from '../text-element';
import { areaShape, pathLevel } from '../world-shapes';
import { type WorldPath, worldPath, worldSvg } from '../world-svg';
import { areaOpacity, lookClasses } from './area-look';
import { clipRect, outline } from './area-outlines';
import { NEUTRAL } from './paint-spot';
import { eventsLabel, type Pick } from './types';

/** Any GeoJSON feature with an id; BoundaryFeature from core/geo fits. */
export type AreaFeature = GeoJSON.Feature;

export interface AreaLayerProps {
  readonly prep: AggregationPrep;
  readonly areas: AreaAggregate;
  readonly positions: Int32Array;
  readonly boundaries: ReadonlyMap<string, AreaFeature>;
  /** True when a painted spot lies under the point; the spot then takes the click. */
  isOverSpot(containerPoint: Point): boolean;
  onPick(pick: Pick): void;
  /** The events of the area under the pointer ([] when it leaves), for their arcs. */
  onHover?(positions: readonly number[]): void;
}

interface Look {
  readonly color: string;
  readonly opacity: number;
  /** The colour and opacity classes. */
  readonly classes: string;
}

interface AreaPath {
  readonly layer: WorldPath;
  readonly feature: AreaFeature;
  readonly bounds: LatLngBounds;
  readonly disputed: boolean;
  label: string;
  /** The look last applied ('' classes before the first), so only changed looks are written. */
  applied: Look;
  /** The look the current events give it; applied when the area is in view (see `inView`). */
  wanted: Look;
  /** The path's classes before the colour and opacity classes. */
  baseClass: string;
}

const UNSTYLED: Look = { color: '', opacity: -1, classes: '' };

/** The map's view and the margin the SVG renderer draws beyond it (Leaflet's default padding, 0.1). */
function inView(map: LeafletMap): LatLngBounds {
  return map.getBounds().pad(0.1);
}

/** Writes an area's wanted look, if it differs from the one applied. */
function applyLook(path: AreaPath): void {
  const { color, opacity, classes } = path.wanted;
  if (classes === path.applied.classes) {
    path.applied = path.wanted;
    return;
  }
  if (path.applied === UNSTYLED) {
    // First style of a new path: every attribute, through Leaflet.
    path.layer.setStyle({
      fillColor: color,
      fillOpacity: opacity,
      color,
      weight: 1.5,
      dashArray: path.disputed ? '5 3' : undefined,
    });
  }
  // Colour and opacity are two classes (rules in a shared style sheet): a redraw changes one
  // attribute per path, where setStyle rewrites ten and attributes cost a style rebuild each.
  // The layer's options are kept in step so a later Leaflet restyle draws the same.
  const options = path.layer.options;
  options.color = color;
  options.fillColor = color;
  options.fillOpacity = opacity;
  path.layer.getElement()?.setAttribute('class', `${path.baseClass} ${classes}`);
  path.applied = path.wanted;
}

export function AreaLayer({
  prep,
  areas,
  positions,
  boundaries,
  isOverSpot,
  onPick,
  onHover,
}: AreaLayerProps) {
  const map = useMap();
  const paths = useRef(new Map<string, AreaPath>());
  const latest = useRef({ prep, positions, isOverSpot, onPick, onHover });
  latest.current = { prep, positions, isOverSpot, onPick, onHover };
  const renderer = useRef(worldSvg({ pane: 'event-areas' }));
  // Every area's path data is in the pixels of one zoom level (world-shapes.ts pathLevel), set here
  // and on the renderer together; null while the paths hold the full outlines in world pixels, as
  // first drawn (made with the basemap, so the first draw costs no outline work).
  const pathZoom = useRef<number | null>(null);
  // Outlines for the zoom and view being made, a slice at a time (refineOutlines).
  const refining = useRef<AbortController | null>(null);

  /**
   * Each area's outline simplified for the zoom and clipped to a little beyond the view, made a slice
   * at a time (hundreds of areas at once would be a long task), then written all together with the
   * renderer's zoom. A filter change repaints every area, and that costs by the vertex.
   */
  const refineOutlines = useRef(() => {
    refining.current?.abort();
    const controller = new AbortController();
    refining.current = controller;
    const level = pathLevel(map.getZoom());
    const clip = clipRect(map, level);
    function* steps(): Generator<void, Map<AreaPath, string>, void> {
      const made = new Map<AreaPath, string>();
      for (const path of paths.current.values()) {
        made.set(path, outline(path.feature, level, clip));
        yield;
      }
      return made;
    }
    runInSlices(steps(), controller.signal)
      .then((made) => {
        if (refining.current === controller) refining.current = null;
        // A zoom began meanwhile: the renderer keeps its transform until it ends, and the `moveend`
        // then makes the outlines for the new view.
        if ((map as LeafletMap & { _animatingZoom?: boolean })._animatingZoom) return;
        pathZoom.current = level;
        renderer.current.setPathZoom(level);
        // Areas added meanwhile are made now (a few at most).
        for (const path of paths.current.values())
          path.layer.setPathData(made.get(path) ?? outline(path.feature, level, clip));
      })
      .catch(() => {
        // Called off by a newer view: that one writes the outlines.
      });
  });

  useEffect(function removeAreasOnUnmount() {
    const current = paths.current;
    return function removeAreas() {
      for (const p of current.values()) p.layer.remove();
      current.clear();
    };
  }, []);

  useEffect(
    function outlinesForTheView() {
      const refine = refineOutlines.current;
      map.on('moveend', refine);
      return () => {
        map.off('moveend', refine);
        refining.current?.abort();
      };
    },
    [map],
  );

  // Areas out of view keep their old look until they come into view (a filter change restyles only
  // what can be seen: about a third of the world's areas at a continent's zoom).
  useEffect(
    function restyleAreasComingIntoView() {
      function onMoveEnd() {
        const view = inView(map);
        for (const path of paths.current.values())
          if (path.wanted !== path.applied && view.intersects(path.bounds)) applyLook(path);
      }
      map.on('moveend', onMoveEnd);
      return () => {
        map.off('moveend', onMoveEnd);
      };
    },
    [map],
  );

  useEffect(
    function updateAreas() {
      const current = paths.current;
      const view = inView(map);
      for (const [boundary, path] of current) {
        if (areas.byBoundary.has(boundary)) continue;
        path.layer.remove();
        current.delete(boundary);
      }
      for (const [boundary, summary] of areas.byBoundary) {
        let path = current.get(boundary);
        if (!path) {
          const feature = boundaries.get(boundary);
          if (!feature) continue;
          path = createAreaPath(feature, boundary, summary.area);
          current.set(boundary, path);
        }
        const color = prep.topicColors[summary.topic] ?? NEUTRAL;
        const opacity = areaOpacity(summary.count, areas.maxCount);
        const classes = lookClasses(color, opacity);
        if (classes !== path.wanted.classes) path.wanted = { color, opacity, classes };
        if (path.applied === UNSTYLED || view.intersects(path.bounds)) applyLook(path);
        const label = `${summary.name}: ${eventsLabel(summary.count)}`;
        if (label !== path.label) {
          path.label = label;
          path.layer.getElement()?.setAttribute('aria-label', label);
          // The tooltip reads the label when it opens; refresh one that is open now.
          if (path.layer.isTooltipOpen()) path.layer.getTooltip()?.update();
        }
      }
      // After the first draw (full outlines), the simpler ones for this zoom follow.
      if (pathZoom.current === null && current.size > 0 && !refining.current) refineOutlines.current();

      function createAreaPath(feat: AreaFeature, boundary: string, area: number): AreaPath {
        // Drawn in world pixels, like the basemap (src/map/world-svg.ts): no re-projection on zoom.
        const shape = areaShape(feat);
        const level = pathZoom.current;
        const layer = worldPath(
          level === null ? shape.d : outline(feat, level, clipRect(map, level)),
          latLng(shape.center[0], shape.center[1]),
          {
            pane: 'event-areas',
            renderer: renderer.current,
            fill: true,
            className: 'dl-world-path',
          },
        );
        const entry: AreaPath = {
          layer,
          feature: feat,
          bounds: latLngBounds([...shape.bounds[0]], [...shape.bounds[1]]),
          disputed: (feat.properties as { kind?: string } | null)?.kind === 'disputed',
          label: '',
          applied: UNSTYLED,
          wanted: UNSTYLED,
          baseClass: '',
        };
        const pick = (focus: Element | null) => {
          const { prep: pr, positions: visible, onPick: onPickNow } = latest.current;
          onPickNow({
            latlng: latLng(shape.center[0], shape.center[1]),
            positions: positionsInArea(pr, visible, area),
            name: pr.areaNames[area] ?? boundary,
            returnFocus: focus as HTMLElement | SVGElement | null,
          });
        };
        layer.bindTooltip(() => textElement(entry.label), {
          sticky: true,
          className: 'dl-tooltip',
          direction: 'top',
        });
        keepTooltipInside(map, layer);
        layer.on('mouseover', () => {
          const { prep: pr, positions: visible, onHover: report } = latest.current;
          report?.(positionsInArea(pr, visible, area));
        });
        layer.on('mouseout', () => latest.current.onHover?.([]));
        layer.on('click', (e: LeafletMouseEvent) => {
          if (latest.current.isOverSpot(e.containerPoint)) return;
          DomEvent.stop(e);
          pick(layer.getElement() ?? null);
        });
        layer.on('add', () => {
          const el = layer.getElement();
          if (!el) return;
          el.setAttribute('role', 'button');
          // Not a Tab stop: keyboard users reach every event through the list (issue 14, item 4).
          el.setAttribute('tabindex', '-1');
          el.setAttribute('data-event-area', boundary);
          el.setAttribute('aria-label', entry.label);
          el.classList.add('dl-event-area');
          entry.baseClass = el.getAttribute('class') ?? 'dl-event-area';
          el.addEventListener('focus', () => layer.openTooltip(layer.getCenter()));
          el.addEventListener('blur', () => layer.closeTooltip());
          el.addEventListener('keydown', (ev: Event) => {
            if (!(ev instanceof KeyboardEvent)) return;
            if (ev.key !== 'Enter' && ev.key !== ' ') return;
            ev.preventDefault();
            pick(el);
          });
        });
        layer.addTo(map);
        return entry;
      }
    },
    [map, prep, areas, boundaries],
  );

  return null;
}
