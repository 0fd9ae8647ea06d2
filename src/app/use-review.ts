// The "New from article" view's state: the drafter (loaded when the view first opens), the article
// under review, and what the map shows for it (provisional marks, candidate places). Shared by the
// panel (src/ui/review/) and the map layer (src/map/ReviewLayer.tsx), which talk only through here.
import { useCallback, useMemo, useReducer, useState } from 'react';
import type { GazetteerPlace } from '../core/gazetteer';
import type { CorpusModel } from '../core/model';
import {
  type ArticleMeta,
  applyReview,
  candidatesFor,
  draftContext,
  type MapPlace,
  nearestPlace,
  type ProvisionalMark,
  placeLabel,
  type ReviewAction,
  type ReviewSession,
  reviewReducer,
  searchPlaces,
  startSession,
} from '../core/review';
import { type Drafter, type DrafterProgress, loadDrafter } from '../load/load-drafter';
import { saveReview } from '../load/save-review';

export type DrafterState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly progress: DrafterProgress | null }
  | { readonly status: 'error'; readonly error: string }
  | { readonly status: 'ready'; readonly drafter: Drafter };

type Action =
  | ReviewAction
  | { readonly type: 'start'; readonly session: ReviewSession }
  | { readonly type: 'clear' };

function reducer(s: ReviewSession | null, action: Action): ReviewSession | null {
  if (action.type === 'start') return action.session;
  if (action.type === 'clear' || !s) return null;
  return reviewReducer(s, action);
}

export function useReview(model: CorpusModel | null, datasetId: string | null) {
  const [open, setOpen] = useState(false);
  const [drafterState, setDrafterState] = useState<DrafterState>({ status: 'idle' });
  const [session, dispatch] = useReducer(reducer, null);
  const [search, setSearch] = useState('');
  const [saving, setSaving] = useState<{ status: 'idle' | 'saving' } | { status: 'error'; error: string }>({
    status: 'idle',
  });
  const drafter = drafterState.status === 'ready' ? drafterState.drafter : null;

  const show = useCallback(() => {
    setOpen(true);
    setDrafterState((s) => (s.status === 'ready' ? s : { status: 'loading', progress: null }));
    void loadDrafter((progress) => setDrafterState({ status: 'loading', progress })).then((r) =>
      setDrafterState(r.ok ? { status: 'ready', drafter: r.drafter } : { status: 'error', error: r.error }),
    );
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    // Back to the header action that opened the view.
    document.getElementById('dl-review-toggle')?.focus();
  }, []);

  const draft = useCallback(
    (text: string, meta: ArticleMeta) => {
      if (!drafter || !model) return;
      const read = drafter.draft(text, {
        ...draftContext(model.corpus),
        published: meta.published || null,
        outlet: meta.outlet || null,
        headline: meta.headline || null,
      });
      setSaving({ status: 'idle' });
      dispatch({ type: 'start', session: startSession(text, read, meta) });
    },
    [drafter, model],
  );
  const discard = useCallback(() => dispatch({ type: 'clear' }), []);

  const save = useCallback(async () => {
    if (!session || !drafter || !model) return;
    setSaving({ status: 'saving' });
    const knownPlaces = new Set(model.places.keys());
    const result = await saveReview(datasetId, (corpus) =>
      applyReview(corpus, {
        source: session.source,
        drafts: session.drafts,
        actors: session.actors,
        knownPlaces,
        placeInfo: (id) => drafter.gazetteer.byId.get(id),
      }),
    );
    if (!result.ok) {
      setSaving({ status: 'error', error: result.error });
      return;
    }
    // Open the dataset (a new copy, or the same one re-read) on the first new or merged event.
    const first = result.added[0] ?? result.merged[0];
    const event = first ? `&event=${encodeURIComponent(first)}` : '';
    window.location.assign(`${window.location.pathname}?ds=${encodeURIComponent(result.datasetId)}${event}`);
  }, [session, drafter, model, datasetId]);

  const label = useCallback(
    (id: string): MapPlace | null => {
      const p = drafter?.gazetteer.byId.get(id);
      return p && drafter ? { id, label: placeLabel(drafter.gazetteer, p), lat: p.lat, lon: p.lon } : null;
    },
    [drafter],
  );

  /** The places the current pick offers, on the map and in the panel. */
  const candidates = useMemo((): MapPlace[] => {
    const picking = session?.picking;
    if (!picking || !drafter || !session) return [];
    const g = drafter.gazetteer;
    let places: GazetteerPlace[] = [];
    if (search.trim().length >= 2) places = searchPlaces(g, search);
    else if (picking.kind === 'mention')
      places = candidatesFor(g, session.draft.places[picking.index]?.text ?? '');
    else if (picking.kind === 'draft-place') {
      const current = session.drafts.find((d) => d.key === picking.key)?.places[picking.index];
      const place = current ? g.byId.get(current.placeId) : undefined;
      places = place ? candidatesFor(g, place.name) : [];
    }
    return places.map((p) => ({ id: p.id, label: placeLabel(g, p), lat: p.lat, lon: p.lon }));
  }, [session, drafter, search]);

  const marks = useMemo(
    (): ProvisionalMark[] =>
      session?.drafts
        .filter((d) => d.decision !== 'dropped')
        .flatMap((d) =>
          d.places.flatMap((p) => {
            const place = label(p.placeId);
            return place
              ? [
                  {
                    ...place,
                    key: `${d.key}:${p.placeId}`,
                    title: d.title,
                    accepted: d.decision !== 'pending',
                  },
                ]
              : [];
          }),
        ) ?? [],
    [session, label],
  );

  const pickAt = useCallback(
    (lat: number, lon: number) => {
      const place = drafter ? nearestPlace(drafter.gazetteer, lat, lon) : null;
      if (place) dispatch({ type: 'choose-place', placeId: place.id });
    },
    [drafter],
  );
  const choose = useCallback((placeId: string) => dispatch({ type: 'choose-place', placeId }), []);
  const pick = useCallback((action: ReviewAction) => {
    if (action.type === 'pick') setSearch('');
    dispatch(action);
  }, []);

  return {
    open,
    show,
    close,
    drafterState,
    session,
    dispatch: pick,
    draft,
    discard,
    save,
    saving,
    search,
    setSearch,
    candidates,
    marks,
    label,
    pickAt,
    choose,
  };
}

export type Review = ReturnType<typeof useReview>;
