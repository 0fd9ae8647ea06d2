// Composition root: loaded data + the URL's view → map, panels, timeline and notices.
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { formatIsoDay, parseIsoDay } from '../core/dates';
import { groupDigits } from '../core/group-digits';
import { hasFilters, type LayerId, type PlayMode, viewToUndatedQuery } from '../core/url';
import { BaseMap } from '../map/BaseMap';
import { EventLayers } from '../map/EventLayers';
import { LayersPanel } from '../map/LayersPanel';
import { MapViewSync } from '../map/MapViewSync';
import { ReviewLayer } from '../map/ReviewLayer';
import { useDropHiddenSelection } from '../state/use-drop-hidden-selection';
import { useViewState } from '../state/use-view-state';
import { Timeline } from '../timeline/Timeline';
import { DataNotice } from '../ui/DataNotice';
import { DataUrlNotices } from '../ui/DataUrlNotices';
import { DetailsPanel } from '../ui/DetailsPanel';
import { EmptyState } from '../ui/EmptyState';
import { EventDetails } from '../ui/EventDetails';
import { EventList } from '../ui/EventList';
import { FilterPanel } from '../ui/FilterPanel';
import { ImportReportNotice } from '../ui/ImportReportNotice';
import { Notice } from '../ui/Notice';
import { PlaybackReadout } from '../ui/PlaybackReadout';
import { SkipLinks } from '../ui/SkipLinks';
import { ErrorPanel, LoadingPanel } from '../ui/StatusPanel';
import { SyntheticConfirm } from '../ui/SyntheticConfirm';
import { TileConsent } from '../ui/TileConsent';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { AppHeader } from './AppHeader';
import { viewLink } from './links';
import { useAppData } from './use-app-data';
import { useDataUrl } from './use-data-url';
import { takeImportReport, useDatasetName, useImport } from './use-import';
import { useReview } from './use-review';
import { useTextsArriving } from './use-texts-arriving';
import { useVisibleEvents } from './use-visible-events';
// The page's own styles come after every component's (they override them: phone sizes, the dark theme).
import './app.css';
import './ux.css';
import './theme-dark.css';

/** "New from article" and its drafter load when first opened, not with the page. */
const ReviewPanel = lazy(() => import('../ui/review/ReviewPanel'));

const PHONE_QUERY = '(max-width: 700px)';
const embedAtStart =
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';
const isPhone = () => window.matchMedia(PHONE_QUERY).matches;
/** The filters start folded on phones, where the sheet is short. */
const filtersOpenAtStart = typeof window === 'undefined' || !window.matchMedia(PHONE_QUERY).matches;

/** Window changes closer together than this (a drag, playback) replace one history entry. */
const HISTORY_COALESCE_MS = 1000;

export function App() {
  const dataUrl = useDataUrl();
  const data = useAppData(dataUrl.source);
  const boundaries = data.boundaries.status === 'ready' ? data.boundaries.value : null;
  const model = data.corpus.status === 'ready' ? data.corpus.value : null;
  const url = useViewState(model);
  const { view, update } = url;
  // Asked only once the link has been read: an answer for the default view first would be drawn (labels,
  // spots) until the link's own filters were answered.
  const visible = useVisibleEvents(url.ready ? model : null, view);
  // Until the events' texts are in, their details wait (the map, the timeline and the filters do not).
  const arriving = useTextsArriving(model);
  const [panelOpen, setPanelOpen] = useState(false);
  // Which data: `?data=<url>` (its kept copy's id) or `?ds=<id>`, a dataset imported into this browser
  // (null: the bundled corpus).
  const [datasetId] = useState(
    () => dataUrl.datasetId ?? new URLSearchParams(globalThis.location.search).get('ds'),
  );
  const [importReport, setImportReport] = useState(() => takeImportReport(datasetId));
  const boundaryIds = useMemo(
    () => (boundaries ? new Set<string>(boundaries.byId.keys()) : undefined),
    [boundaries],
  );
  // A link to a dataset this browser does not keep: importing its file opens the link's view on it.
  // (Not for `?data=`: its address stays what the link opens; a file opened instead replaces it.)
  const importer = useImport(
    boundaryIds,
    datasetId !== null && !dataUrl.source && data.corpus.status === 'error',
  );
  // A dataset from an address is listed only once its first visit has kept it: until then, its file name.
  const datasetName = useDatasetName(datasetId) ?? dataUrl.source?.fileName ?? null;
  const review = useReview(model, datasetId);
  // An imported dataset is framed on its own places; the bundled corpus keeps its designed framing.
  const home = datasetId && model ? model.extent : null;
  // The tile layer contacts another host, so it needs this person's click in this tab; a link can
  // ask for it (`layers=…,tiles`) but only gets a question (TileConsent).
  const [tilesAllowed, setTilesAllowed] = useState(false);
  const tilesAsked = view.layers.includes('tiles');
  const onLayersChange = useCallback(
    (layers: readonly LayerId[]) => {
      if (layers.includes('tiles')) setTilesAllowed(true);
      update({ layers });
    },
    [update],
  );
  const lastWindowPush = useRef(0);

  const select = useCallback((id: string | null) => update({ event: id }), [update]);
  const clearSelection = useCallback(() => update({ event: null }, 'replace'), [update]);
  useDropHiddenSelection(visible.ready ? model : null, visible.positions, view.event, clearSelection);
  // On a phone the list is a sheet over the map: picking an event lowers it to show the popup.
  const selectFromList = useCallback(
    (id: string | null) => {
      if (id !== null && isPhone()) setPanelOpen(false);
      select(id);
    },
    [select],
  );
  const resetFilters = useCallback(
    () =>
      update({
        from: null,
        to: null,
        topics: null,
        actors: [],
        outlets: [],
        outletMatch: 'any',
        q: '',
        play: null,
      }),
    [update],
  );

  const onWindowChange = useCallback(
    (window: { from: number; to: number } | null) => {
      const now = Date.now();
      const mode = view.play || now - lastWindowPush.current < HISTORY_COALESCE_MS ? 'replace' : 'push';
      if (mode === 'push') lastWindowPush.current = now;
      update(
        window ? { from: formatIsoDay(window.from), to: formatIsoDay(window.to) } : { from: null, to: null },
        mode,
      );
    },
    [update, view.play],
  );
  const onPlayChange = useCallback((play: PlayMode | null) => update({ play }), [update]);

  const fromDay = view.from === null ? null : parseIsoDay(view.from);
  const toDay = view.to === null ? null : parseIsoDay(view.to);
  const window =
    model && (fromDay !== null || toDay !== null)
      ? { from: fromDay ?? model.index.minDay, to: toDay ?? model.index.maxDay }
      : null;
  // One panel for whatever failed to load, naming each part (never two panels stacked).
  const loadErrors = [data.boundaries, data.corpus].flatMap((part) =>
    part.status === 'error' ? [part.error] : [],
  );
  // A link to a dataset this browser does not keep: nothing to try again, a file to open instead.
  const missingDataset =
    data.corpus.status === 'error' && data.corpus.missing === true && data.boundaries.status !== 'error';
  const total = model?.corpus.events.length ?? 0;
  const undatedQuery = useMemo(() => viewToUndatedQuery(view), [view]);
  const shown = visible.positions.length;
  // The view is parsed once the data is in (ids are checked against it); the embed switch needs no data,
  // so it is read from the address at once and the chrome never flashes into an embedded page.
  const embed = url.ready ? view.embed : embedAtStart;

  const selected = view.event === null || arriving ? undefined : model?.events.get(view.event);
  // A link that names both an event and a view keeps its view (issue 13, fault 3): read once, at start.
  const [linkHasView] = useState(() => new URLSearchParams(globalThis.location.hash.slice(1)).has('map'));

  return (
    <div className={`dl-app${embed ? ' dl-app--embed' : ''}${panelOpen ? ' dl-app--panel-open' : ''}`}>
      {!embed && <SkipLinks onShowList={() => setPanelOpen(true)} />}
      {!embed && (
        <AppHeader
          count={model && visible.ready ? { shown, total } : null}
          datasetId={datasetId}
          openData={{
            state: importer.state,
            onImport: importer.start,
            onCancel: importer.cancel,
            incoming: data.fromUrl.needsMapping,
          }}
          review={model ? { open: review.open, toggle: review.open ? review.close : review.show } : null}
          download={model ? { model, positions: visible.positions } : null}
          waiting={arriving !== null}
          share={
            model
              ? {
                  link: viewLink(view, model.version, { embed: false }, datasetId, dataUrl.linkValue),
                  embedLink: viewLink(view, model.version, { embed: true }, datasetId, dataUrl.linkValue),
                  localDataset:
                    datasetId && !dataUrl.linkValue
                      ? { id: datasetId, name: datasetName ?? datasetId }
                      : null,
                  dataAddress: dataUrl.source?.href ?? null,
                }
              : null
          }
          panelOpen={panelOpen}
          onTogglePanel={() => setPanelOpen((o) => !o)}
        />
      )}
      <main className="dl-main">
        {/* The stage comes first in the DOM so Tab reaches the map and the timeline before the
            filters' many checkboxes; the panel is drawn on the left with CSS `order`. */}
        <div className="dl-stage">
          <div className="dl-map-wrap">
            <BaseMap boundaries={boundaries} tiles={tilesAsked && tilesAllowed} home={home}>
              {model && (
                <LayersPanel
                  topics={model.corpus.topics}
                  layers={view.layers}
                  selectedTopics={view.topics}
                  onLayersChange={onLayersChange}
                  onTopicsChange={(topics) => update({ topics })}
                />
              )}
              {model && url.ready && (
                <MapViewSync
                  view={view.map}
                  restoreKey={url.restoreCount}
                  onMove={url.setMapView}
                  home={home}
                />
              )}
              {model && boundaries && url.ready && (
                <EventLayers
                  model={model}
                  boundaries={boundaries.byId}
                  positions={visible.positions}
                  aggregates={visible.aggregates}
                  layers={view.layers}
                  topics={view.topics}
                  selectedId={view.event}
                  onSelect={select}
                  keepLinkView={linkHasView}
                  textsIn={arriving === null}
                />
              )}
              {review.open && review.session && (
                <ReviewLayer
                  marks={review.marks}
                  candidates={review.candidates}
                  onChoose={review.session.picking ? review.choose : null}
                  onPickAt={review.session.picking ? review.pickAt : null}
                />
              )}
            </BaseMap>
            {model && selected && (
              <DetailsPanel eventId={selected.id} onClose={() => select(null)}>
                <EventDetails
                  model={model}
                  event={selected}
                  onSelect={select}
                  eventLink={viewLink(
                    view,
                    model.version,
                    { event: selected.id, embed: false },
                    datasetId,
                    dataUrl.linkValue,
                  )}
                />
              </DetailsPanel>
            )}
            {model && window && view.play !== null && (
              <PlaybackReadout from={window.from} to={window.to} count={shown} />
            )}
            {data.boundaries.status === 'loading' && <LoadingPanel what="the map" />}
            {data.syntheticToConfirm !== null && (
              <SyntheticConfirm size={data.syntheticToConfirm} onConfirm={data.confirmSynthetic} />
            )}
            {loadErrors.length > 0 && (
              <ErrorPanel
                message={loadErrors.join(' ')}
                {...(missingDataset
                  ? { title: 'This dataset is not in this browser.' }
                  : { onRetry: data.retry })}
                fallbackHref={datasetId ? globalThis.location.pathname : null}
              />
            )}
            {model && visible.ready && shown === 0 && embed && (
              <EmptyState onReset={resetFilters} playing={view.play !== null} />
            )}
            {!embed && <UpdatePrompt />}
            {importReport && (
              <ImportReportNotice report={importReport} onDismiss={() => setImportReport(null)} />
            )}
            <DataUrlNotices dataUrl={dataUrl} fromUrl={data.fromUrl} />
            {tilesAsked && !tilesAllowed && (
              <TileConsent
                onAllow={() => setTilesAllowed(true)}
                onDecline={() => update({ layers: view.layers.filter((l) => l !== 'tiles') }, 'replace')}
              />
            )}
            {url.linkNotice && (
              <Notice label="Link problems" onDismiss={url.dismissNotices}>
                {url.linkNotice}
              </Notice>
            )}
            {url.versionNotice && (
              <Notice label="Data changed" onDismiss={url.dismissNotices}>
                {url.versionNotice}
              </Notice>
            )}
            {embed && model && (
              <a
                className="dl-embed-open"
                href={viewLink(view, model.version, { embed: false }, datasetId, dataUrl.linkValue)}
                target="_blank"
                rel="noopener noreferrer"
              >
                Open in Dateline
              </a>
            )}
          </div>
          {model && (
            <Timeline
              model={model}
              positions={visible.undated}
              query={undatedQuery}
              window={window}
              onWindowChange={onWindowChange}
              play={view.play}
              onPlayChange={onPlayChange}
            />
          )}
        </div>
        {!embed && (
          <aside id="dl-panel" className="dl-panel" aria-label="Filters and events">
            {model ? (
              <>
                <details className="dl-panel__filters" open={filtersOpenAtStart}>
                  <summary>Filters{hasFilters(view) ? ' (active)' : ''}</summary>
                  <FilterPanel model={model} view={view} facets={visible.facets} onChange={update} />
                </details>
                <p className="dl-panel__count">
                  {groupDigits(shown)} of {groupDigits(total)} events
                  {hasFilters(view) && (
                    <button type="button" className="dl-link" onClick={resetFilters}>
                      reset filters
                    </button>
                  )}
                </p>
                {visible.ready && shown === 0 ? (
                  <EmptyState onReset={resetFilters} playing={view.play !== null} />
                ) : arriving ? (
                  <LoadingPanel
                    inline
                    what="the events' details"
                    progress={{ phase: 'receiving', done: arriving.received, total: arriving.total }}
                  />
                ) : (
                  <EventList
                    model={model}
                    positions={visible.positions}
                    selectedId={view.event}
                    onSelect={selectFromList}
                  />
                )}
              </>
            ) : (
              data.corpus.status === 'loading' &&
              data.syntheticToConfirm === null && <LoadingPanel what="events" progress={data.progress} />
            )}
          </aside>
        )}
        {review.open && model && (
          <Suspense fallback={<LoadingPanel what="the article view" />}>
            <ReviewPanel
              review={review}
              model={model}
              datasetName={datasetId ? (datasetName ?? datasetId) : null}
              fromAddress={dataUrl.linkValue !== null}
            />
          </Suspense>
        )}
        <DataNotice problems={data.problems} />
      </main>
    </div>
  );
}
