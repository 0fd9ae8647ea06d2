// Events on the map: spots (canvas, clustered), shaded areas, relation arcs, the selection's
// highlight, and the legend (the selected event's details are beside the map, in ui/DetailsPanel).
// Aggregation is pure (core/aggregate) and memoised per visible set.
import type { Point } from 'leaflet';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  type AreaAggregate,
  aggregateAreas,
  aggregatePoints,
  countVisibleRelations,
  type PointAggregate,
  preparedAggregation,
  relationsTouching,
  visibleRelations,
  visibleTopicRanks,
} from '../core/aggregate';
import type { CorpusModel } from '../core/model';
import { type AreaFeature, AreaLayer } from './events/AreaLayer';
import { PointLayer } from './events/PointLayer';
import { PortalPopup } from './events/PortalPopup';
import { RelationCapNote } from './events/RelationCapNote';
import { MAX_ARCS, RelationLayer } from './events/RelationLayer';
import { SelectionLayer } from './events/SelectionLayer';
import { MAX_LISTED, SpotEventList } from './events/SpotEventList';
import type { Pick } from './events/types';
import { Legend } from './Legend';
import { LabelLayer } from './labels/LabelLayer';
import { useSpotIndex } from './use-spot-index';
import './events/events.css';

const NONE = new Int32Array(0);
const NO_POSITIONS: readonly number[] = Object.freeze([]);
const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export type EventLayerName = 'points' | 'areas' | 'relations' | 'labels' | 'tiles';

export interface EventLayersProps {
  readonly model: CorpusModel;
  /** Visible events: positions into model.index.events (date order). */
  readonly positions: Int32Array;
  /**
   * Visible overlays; `tiles` is the basemap's and ignored here. Without `relations` (all arcs), only
   * the arcs of the selected and the hovered events are drawn.
   */
  readonly layers: readonly EventLayerName[];
  /** Topic ids shown (null: all): an event takes the colour of its first shown topic. */
  readonly topics?: readonly string[] | null;
  /** Boundary geometry by id (Boundaries.byId), for shading areas. */
  readonly boundaries: ReadonlyMap<string, AreaFeature>;
  readonly selectedId: string | null;
  onSelect(id: string | null): void;
  /** The selection given at mount came with a link that named its view (`#map=`): keep that view. */
  readonly keepLinkView?: boolean;
  /** Show the legend control (default true). */
  readonly legend?: boolean;
  /**
   * False while the events' texts are still coming (src/app/use-texts-arriving.ts): what reads an event
   * reads it again once they are in.
   */
  readonly textsIn?: boolean;
  /**
   * The per-place and per-area counts of `positions` for these layers and topics, made by the corpus
   * worker; without them they are counted here.
   */
  readonly aggregates?: { readonly points: PointAggregate; readonly areas: AreaAggregate } | null;
}

export function EventLayers({
  model,
  positions,
  layers,
  topics = null,
  boundaries,
  selectedId,
  onSelect,
  keepLinkView = false,
  legend = true,
  aggregates = null,
  textsIn = true,
}: EventLayersProps) {
  const prep = useMemo(() => preparedAggregation(model), [model]);
  // A dataset's own outlines (imported polygons, "own:<place id>") are drawn, picked and outlined when
  // selected like the boundaries in geo/.
  const areaShapes = useMemo(
    () =>
      model.ownAreas.size === 0
        ? boundaries
        : new Map<string, AreaFeature>([...boundaries, ...model.ownAreas]),
    [boundaries, model.ownAreas],
  );
  // Nothing to colour (or the worker's answer not in yet): every event's topics need not be read.
  const nothingShown = positions.length === 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: textsIn: the events read are new once it is true.
  const ranks = useMemo(
    () => (aggregates || nothingShown ? null : visibleTopicRanks(prep, model.index.events, topics)),
    [prep, model, topics, aggregates, nothingShown, textsIn],
  );
  const showPoints = layers.includes('points');
  const showAreas = layers.includes('areas');
  const showRelations = layers.includes('relations');
  // Hidden layers aggregate nothing: an empty visible set is free.
  const points = useMemo(
    () => aggregates?.points ?? aggregatePoints(prep, showPoints ? positions : NONE, ranks ?? prep),
    [prep, positions, showPoints, ranks, aggregates],
  );
  const spots = useSpotIndex(prep, points);
  const areas = useMemo(
    () => aggregates?.areas ?? aggregateAreas(prep, showAreas ? positions : NONE, ranks ?? prep),
    [prep, positions, showAreas, ranks, aggregates],
  );
  // The events under the pointer (a spot or an area): their arcs show while it stays there.
  const [hovered, setHovered] = useState<readonly number[]>(NO_POSITIONS);
  const onHover = useCallback(
    (next: readonly number[]) => setHovered((now) => (sameList(now, next) ? now : next)),
    [],
  );
  const selectedPosition = selectedId === null ? undefined : prep.positionOf.get(selectedId);
  const relations = useMemo(() => {
    if (showRelations) return visibleRelations(prep, positions, MAX_ARCS);
    const focus = selectedPosition === undefined ? hovered : [selectedPosition, ...hovered];
    return relationsTouching(prep, positions, focus, MAX_ARCS);
  }, [prep, positions, showRelations, selectedPosition, hovered]);
  // Counted only when the limit is reached: the note below says how many are not drawn.
  const relationTotal = useMemo(
    () =>
      !showRelations || relations.length < MAX_ARCS
        ? relations.length
        : countVisibleRelations(prep, positions),
    [prep, positions, relations, showRelations],
  );
  const [listing, setListing] = useState<Pick | null>(null);
  const spotHit = useRef<(p: Point) => boolean>(() => false);
  const isOverSpot = useCallback((p: Point) => spotHit.current(p), []);

  const choose = useCallback(
    (id: string) => {
      setListing(null);
      onSelect(id);
    },
    [onSelect],
  );
  const onPick = useCallback(
    (pick: Pick) => {
      const at = pick.positions.length === 1 ? (pick.positions[0] ?? -1) : -1;
      // By its id, read without its text (so also while the texts arrive: the details open once they are in).
      const only = at < 0 ? undefined : (model.idAt?.(at) ?? model.index.events[at]?.id);
      if (only !== undefined) choose(only);
      else if (pick.positions.length > 1) setListing(pick);
    },
    [model, choose],
  );
  const closeListing = useCallback(() => {
    const back = listing?.returnFocus;
    setListing(null);
    if (back && 'focus' in back && back.isConnected) back.focus({ preventScroll: true });
  }, [listing]);

  return (
    <>
      {/* Panes, not this order, stack the layers. */}
      {showPoints && (
        <PointLayer
          prep={prep}
          points={points}
          spots={spots}
          positions={positions}
          events={model.index.events}
          hitRef={spotHit}
          onPick={onPick}
          onHover={onHover}
          arriving={model.arriving}
        />
      )}
      {showAreas && (
        <AreaLayer
          prep={prep}
          areas={areas}
          positions={positions}
          boundaries={areaShapes}
          isOverSpot={isOverSpot}
          onPick={onPick}
          onHover={onHover}
        />
      )}
      <RelationLayer prep={prep} events={model.index.events} relations={relations} />
      {relationTotal > relations.length && <RelationCapNote shown={relations.length} total={relationTotal} />}
      {listing && (
        <PortalPopup position={listing.latlng} className="dl-popup--list" onClose={closeListing}>
          <ListedEvents model={model} listing={listing} onChoose={choose} />
        </PortalPopup>
      )}
      <SelectionLayer
        key={textsIn ? 'in' : 'arriving'}
        model={model}
        boundaries={areaShapes}
        selectedId={selectedId}
        keepLinkView={keepLinkView}
      />
      {layers.includes('labels') && (
        <LabelLayer
          model={model}
          boundaries={boundaries}
          prep={prep}
          points={points}
          areas={areas}
          spots={spots}
        />
      )}
      {legend && <Legend topics={model.corpus.topics} />}
    </>
  );
}

/** A spot's or area's events, the first MAX_LISTED read now; "loading" while any of them is not in. */
function ListedEvents({
  model,
  listing,
  onChoose,
}: {
  readonly model: CorpusModel;
  readonly listing: Pick;
  onChoose(id: string): void;
}) {
  const listed = listing.positions.slice(0, MAX_LISTED);
  const events = listed.flatMap((p) => model.index.events[p] ?? []);
  return (
    <SpotEventList
      name={listing.name}
      events={events}
      total={listing.positions.length}
      loading={events.length < listed.length}
      onChoose={onChoose}
    />
  );
}
