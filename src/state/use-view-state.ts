// The URL owns the shareable view (STYLE.md §5–6). This hook reads it once the corpus is known
// (ids in a link are checked against it), writes every change back, and follows Back/Forward.
// Discrete changes push a history entry; map moves replace the current one, throttled.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CorpusModel } from '../core/model';
import {
  DEFAULT_VIEW_STATE,
  describeIgnored,
  type KnownIds,
  type MapView,
  parseViewState,
  roundMapView,
  serializeViewState,
  type ViewState,
} from '../core/url';

export type HistoryMode = 'push' | 'replace';

export interface ViewStateApi {
  readonly view: ViewState;
  /** False until the link has been read against the loaded corpus: views that act on it wait. */
  readonly ready: boolean;
  /** Set when the link named things that do not exist or could not be read. */
  readonly linkNotice: string | null;
  /** Set when the link was made with another version of the corpus. */
  readonly versionNotice: string | null;
  readonly update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  readonly setMapView: (view: MapView) => void;
  readonly dismissNotices: () => void;
  /** Increments on Back/Forward so the map can follow the restored view. */
  readonly restoreCount: number;
}

/** Safari limits History API calls (about 100 per 30 s): map moves write at most every 400 ms. */
const MAP_THROTTLE_MS = 400;

export function knownIds(model: CorpusModel): KnownIds {
  return {
    topics: new Set(model.topics.keys()),
    actors: new Set(model.actors.keys()),
    outlets: new Set(model.outlets.map((o) => o.id)),
    events: model.events,
  };
}

/**
 * Which data is shown is not part of the view, but must survive URL rewrites: `?synthetic=N` (the scale
 * check), `?ds=<id>` (a dataset imported into this browser) and `?data=<url>` (a dataset at an address).
 */
const KEPT_PARAMS = ['data', 'ds', 'synthetic'] as const;

function urlOf(view: ViewState): string {
  const { search, hash } = serializeViewState({ ...view, v: null });
  const current = new URLSearchParams(window.location.search);
  const kept = KEPT_PARAMS.filter((key) => current.has(key)).map(
    (key) => `${key}=${encodeURIComponent(current.get(key) ?? '')}`,
  );
  const query = [search.replace(/^\?/, ''), ...kept].filter(Boolean).join('&');
  return `${window.location.pathname}${query ? `?${query}` : ''}${hash}`;
}

export function useViewState(model: CorpusModel | null): ViewStateApi {
  const known = useMemo(() => (model ? knownIds(model) : null), [model]);
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW_STATE);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const [versionNotice, setVersionNotice] = useState<string | null>(null);
  const [restoreCount, setRestoreCount] = useState(0);
  const [ready, setReady] = useState(false);
  const viewRef = useRef(view);
  viewRef.current = view;
  const mapTimer = useRef<number | null>(null);

  useEffect(
    function readLinkOnce() {
      if (!model || !known) return;
      const { state, ignored } = parseViewState(window.location.search, window.location.hash, known);
      setView(state);
      viewRef.current = state;
      setReady(true);
      if (ignored.length > 0) setLinkNotice(describeIgnored(ignored));
      const checkVersion = () => {
        if (state.v !== null && state.v !== model.version)
          setVersionNotice(
            'The data has changed since this link was made: some events may differ from what its author saw.',
          );
      };
      // An import's version comes with its texts, after it opens (src/load/corpus-worker-client.ts).
      if (model.arriving && !model.arriving.isComplete) void model.arriving.complete.then(checkVersion);
      else checkVersion();
      // Rewrite the address in canonical form (and without `v`), keeping the same history entry.
      window.history.replaceState(null, '', urlOf(state));
    },
    [model, known],
  );

  useEffect(
    function followHistory() {
      if (!known) return;
      function onPopState() {
        const { state } = parseViewState(window.location.search, window.location.hash, known as KnownIds);
        setView(state);
        setRestoreCount((n) => n + 1);
      }
      window.addEventListener('popstate', onPopState);
      return function stopFollowing() {
        window.removeEventListener('popstate', onPopState);
      };
    },
    [known],
  );

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
    const next = { ...viewRef.current, ...patch };
    viewRef.current = next;
    setView(next);
    const url = urlOf(next);
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const setMapView = useCallback((mapView: MapView) => {
    const rounded = roundMapView(mapView);
    const current = viewRef.current.map;
    if (
      current &&
      current.zoom === rounded.zoom &&
      current.lat === rounded.lat &&
      current.lng === rounded.lng
    )
      return;
    viewRef.current = { ...viewRef.current, map: rounded };
    if (mapTimer.current !== null) window.clearTimeout(mapTimer.current);
    mapTimer.current = window.setTimeout(() => {
      mapTimer.current = null;
      setView(viewRef.current);
      window.history.replaceState(null, '', urlOf(viewRef.current));
    }, MAP_THROTTLE_MS);
  }, []);

  const dismissNotices = useCallback(() => {
    setLinkNotice(null);
    setVersionNotice(null);
  }, []);

  return { view, ready, linkNotice, versionNotice, update, setMapView, dismissNotices, restoreCount };
}
