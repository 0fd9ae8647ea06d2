// Relations between visible events: a curved arc from this event's first place to the other's,
// with an arrowhead at the other (an SVG marker) and the relation type as a tooltip on hover and
// focus. `discussed-at` is dashed. Each arc is built once per model; a change of the visible
// relations shows and hides the paths already built.
import { type Map as LeafletMap, type Polyline, polyline, type Renderer, svg } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type AggregationPrep, arcLatLngs, type VisibleRelation } from '../../core/aggregate';
import { RELATION_LABELS, relationSentence } from '../../core/event-view';
import type { NewsEvent } from '../../core/types';
import { keepTooltipInside } from '../edge-tooltip';
import { ensureSvgDef, svgElement } from '../svg-defs';
import { clipText, textElement } from '../text-element';
import { TITLES_LOADING } from './types';

/**
 * Arcs beyond this many are not drawn: more make a hairball, and every shown arc is rasterised again
 * after each change (150 cost ~2.5 ms more raster per redraw than 100 here: bench-browser --trace).
 */
export const MAX_ARCS = 100;
export const RELATION_COLOR = '#3d3557';
const ARROW_ID = 'dl-relation-arrow';

/** Arrowhead at the end of an arc. */
function arrow(): SVGElement {
  const attributes = {
    viewBox: '0 0 10 10',
    refX: '9',
    refY: '5',
    markerWidth: '5',
    markerHeight: '5',
    orient: 'auto',
  };
  return svgElement('marker', attributes, [
    svgElement('path', { d: 'M0,0 L10,5 L0,10 z', fill: RELATION_COLOR }),
  ]);
}

export interface RelationLayerProps {
  readonly prep: AggregationPrep;
  readonly events: readonly NewsEvent[];
  readonly relations: readonly VisibleRelation[];
}

/** Hidden arcs kept for a later visible set; beyond this many the least recently shown are removed. */
const MAX_CACHED_ARCS = 4 * MAX_ARCS;
const HIDDEN = 'dl-relation--hidden';

/**
 * The arcs created in one redraw, in one SVG group. A visible set that leaves out all of a batch
 * hides the group, and one that brings all of it back shows the group: one element changes instead
 * of one per arc (each change costs the browser a style recalculation of that element).
 */
interface Batch {
  readonly g: SVGGElement;
  readonly arcs: Set<Arc>;
  hidden: boolean;
}

interface Arc {
  readonly layer: Polyline;
  readonly batch: Batch;
  /** Whether the arc is on screen: its batch shown and the arc not hidden itself. */
  shown: boolean;
  /** Hidden by its own class (within a shown batch). */
  ownHidden: boolean;
  /** Redraw in which the arc was last shown. */
  seen: number;
}

const arcKey = (r: VisibleRelation) => `${r.from}>${r.to}:${r.type}`;

export function RelationLayer({ prep, events, relations }: RelationLayerProps) {
  const map = useMap();
  const renderer = useRef(svg({ pane: 'relations' }));
  // Arcs by key, kept for the model: a change of the visible set only shows and hides paths and
  // their groups (a class toggle), so an arc's geometry is projected and its path built once.
  const arcs = useRef(new Map<string, Arc>());
  const batches = useRef(new Set<Batch>());
  const redraw = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the arcs belong to one model; a new model removes them.
  useEffect(
    function removeArcsOnModelChange() {
      const current = arcs.current;
      const groups = batches.current;
      return function removeArcs() {
        for (const arc of current.values()) arc.layer.remove();
        current.clear();
        for (const batch of groups) batch.g.remove();
        groups.clear();
      };
    },
    [prep, events],
  );

  useEffect(
    function updateArcs() {
      const current = arcs.current;
      const now = ++redraw.current;
      const shown = relations.length > MAX_ARCS ? relations.slice(0, MAX_ARCS) : relations;
      const wanted = new Set<Arc>();
      const created: [string, Polyline][] = [];
      for (const r of shown) {
        const key = arcKey(r);
        const arc = current.get(key);
        if (!arc) {
          created.push([key, createArc(map, r, prep, events, renderer.current).addTo(map)]);
          continue;
        }
        arc.seen = now;
        wanted.add(arc);
      }
      for (const batch of batches.current) showBatch(batch, wanted);
      const root = (renderer.current as unknown as { _container?: SVGSVGElement })._container;
      const rootGroup = (renderer.current as unknown as { _rootGroup?: SVGGElement })._rootGroup;
      if (created.length && root && rootGroup) {
        const batch: Batch = {
          g: document.createElementNS('http://www.w3.org/2000/svg', 'g'),
          arcs: new Set(),
          hidden: false,
        };
        rootGroup.append(batch.g);
        batches.current.add(batch);
        for (const [key, layer] of created) {
          const el = layer.getElement();
          if (el) batch.g.append(el);
          const arc: Arc = { layer, batch, shown: true, ownHidden: false, seen: now };
          batch.arcs.add(arc);
          current.set(key, arc);
        }
        ensureSvgDef(root, ARROW_ID, arrow);
      }
      if (current.size > MAX_CACHED_ARCS)
        evictHidden(current, batches.current, current.size - MAX_CACHED_ARCS);
    },
    [map, prep, events, relations],
  );

  return null;
}

/** Shows the wanted arcs of a batch and hides the others, through the group where it can. */
function showBatch(batch: Batch, wanted: ReadonlySet<Arc>): void {
  let count = 0;
  for (const arc of batch.arcs) if (wanted.has(arc)) count++;
  if (count === 0) {
    if (!batch.hidden) {
      batch.hidden = true;
      batch.g.classList.add(HIDDEN);
    }
    for (const arc of batch.arcs) if (arc.shown) hideArc(arc);
    return;
  }
  if (batch.hidden) {
    batch.hidden = false;
    batch.g.classList.remove(HIDDEN);
  }
  for (const arc of batch.arcs) {
    const on = wanted.has(arc);
    if (arc.ownHidden === on) {
      arc.ownHidden = !on;
      arc.layer.getElement()?.classList.toggle(HIDDEN, !on);
    }
    if (on) arc.shown = true;
    else if (arc.shown) hideArc(arc);
  }
}

function hideArc(arc: Arc): void {
  arc.shown = false;
  arc.layer.closeTooltip();
}

/** Removes the `count` least recently shown hidden arcs, and batches left empty. */
function evictHidden(arcs: Map<string, Arc>, batches: Set<Batch>, count: number): void {
  const hidden = [...arcs].filter(([, arc]) => !arc.shown).sort((a, b) => a[1].seen - b[1].seen);
  for (const [key, arc] of hidden.slice(0, count)) {
    arc.layer.remove();
    arcs.delete(key);
    arc.batch.arcs.delete(arc);
    if (arc.batch.arcs.size === 0) {
      arc.batch.g.remove();
      batches.delete(arc.batch);
    }
  }
}

/**
 * An arc's tooltip ("Medvedev threatens…" on one line, "In response to: US plans a shield…" on the next)
 * and its accessible name, from the events' titles; while a title's text has not arrived, both say the
 * details are loading (and are written again when the arc is next hovered or focused).
 */
export function arcWords(r: VisibleRelation, events: readonly NewsEvent[]): { tip: string; label: string } {
  const label = RELATION_LABELS[r.type];
  const fromTitle = events[r.from]?.title;
  const toTitle = events[r.to]?.title;
  if (fromTitle === undefined || toTitle === undefined)
    return { tip: TITLES_LOADING, label: `${label}: ${TITLES_LOADING}` };
  return {
    tip: `${clipText(fromTitle)}\n${relationSentence(r.type, 'outgoing', clipText(toTitle))}`,
    label: `${fromTitle}: ${label} ${toTitle}`,
  };
}

function createArc(
  map: LeafletMap,
  r: VisibleRelation,
  prep: AggregationPrep,
  events: readonly NewsEvent[],
  renderer: Renderer,
): Polyline {
  const from: [number, number] = [prep.anchorLat[r.from] ?? 0, prep.anchorLon[r.from] ?? 0];
  const to: [number, number] = [prep.anchorLat[r.to] ?? 0, prep.anchorLon[r.to] ?? 0];
  const arc = polyline(arcLatLngs(from, to), {
    renderer,
    pane: 'relations',
    color: RELATION_COLOR,
    weight: 2,
    opacity: 0.8,
    dashArray: r.type === 'discussed-at' ? '6 5' : undefined,
    className: `dl-relation dl-relation--${r.type}`,
  });
  let words = arcWords(r, events);
  /** The words again, if the titles have come in since they were written. */
  const rewrite = () => {
    const now = arcWords(r, events);
    if (now.tip === words.tip && now.label === words.label) return;
    words = now;
    arc.getElement()?.setAttribute('aria-label', words.label);
    if (arc.getTooltip()) arc.setTooltipContent(textElement(words.tip));
  };
  // The tooltip is bound on first hover or focus: hundreds of arcs can appear in one redraw.
  const tooltip = () => {
    rewrite();
    if (!arc.getTooltip())
      arc.bindTooltip(textElement(words.tip), {
        sticky: true,
        className: 'dl-tooltip dl-tooltip--lines',
        direction: 'top',
      });
  };
  arc.on('mouseover', (e) => {
    // Once bound, the tooltip's own handler (bound after this one) opens it: its words are checked first.
    if (arc.getTooltip()) {
      rewrite();
      return;
    }
    tooltip();
    arc.openTooltip(e.latlng);
  });
  keepTooltipInside(map, arc);
  arc.on('add', () => {
    const el = arc.getElement();
    if (!el) return;
    el.setAttribute('marker-end', `url(#${ARROW_ID})`);
    el.setAttribute('role', 'img');
    // Not a Tab stop (dozens of arcs); the related events are linked from the details.
    el.setAttribute('tabindex', '-1');
    el.setAttribute('aria-label', words.label);
    el.setAttribute('data-relation', r.type);
    el.addEventListener('focus', () => {
      tooltip();
      arc.openTooltip(to);
    });
    el.addEventListener('blur', () => arc.closeTooltip());
  });
  return arc;
}
