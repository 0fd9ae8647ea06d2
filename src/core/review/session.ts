// One article under review, as a reducer: the drafter's mentions with the place chosen for each, the
// drafts being edited, the article's source, and what a pick on the map (or in a list) would set.
import type { Draft } from '../draft';
import { reviewActors, reviewDrafts } from './from-draft';
import type { ReviewActor, ReviewDraft, ReviewPlace, ReviewSource } from './types';

/** What choosing a place sets: a place mention in the text, a draft's place, or a new place of a draft. */
export type PickTarget =
  | { readonly kind: 'mention'; readonly index: number }
  | { readonly kind: 'draft-place'; readonly key: string; readonly index: number }
  | { readonly kind: 'add-place'; readonly key: string };

export interface ReviewSession {
  readonly text: string;
  readonly draft: Draft;
  /** The place chosen for each of `draft.places`, by index. */
  readonly mentionPlaces: readonly string[];
  readonly drafts: readonly ReviewDraft[];
  readonly source: ReviewSource;
  readonly actors: readonly ReviewActor[];
  readonly picking: PickTarget | null;
}

export type ReviewAction =
  | { readonly type: 'edit-draft'; readonly key: string; readonly patch: Partial<Omit<ReviewDraft, 'key'>> }
  | { readonly type: 'edit-source'; readonly patch: Partial<ReviewSource> }
  | { readonly type: 'pick'; readonly target: PickTarget | null }
  | { readonly type: 'choose-place'; readonly placeId: string };

const replacePlace = (places: readonly ReviewPlace[], from: string, to: string): ReviewPlace[] => {
  const out: ReviewPlace[] = [];
  for (const p of places) {
    const next = p.placeId === from ? { ...p, placeId: to } : p;
    if (!out.some((q) => q.placeId === next.placeId)) out.push(next);
  }
  return out;
};

/** Sets the picked place: a mention's new place also replaces its old one in the drafts read from its sentence. */
function choosePlace(s: ReviewSession, placeId: string): ReviewSession {
  const target = s.picking;
  if (!target) return s;
  const edit = (key: string, f: (d: ReviewDraft) => ReviewDraft) => ({
    ...s,
    picking: null,
    drafts: s.drafts.map((d) => (d.key === key ? f(d) : d)),
  });
  switch (target.kind) {
    case 'mention': {
      const mention = s.draft.places[target.index];
      const old = s.mentionPlaces[target.index];
      if (!mention || old === undefined) return { ...s, picking: null };
      const inSentence = (d: ReviewDraft) =>
        mention.start >= d.evidence.start && mention.start < d.evidence.end;
      const isDateline = s.draft.dateline?.place?.start === mention.start;
      return {
        ...s,
        picking: null,
        mentionPlaces: s.mentionPlaces.map((id, i) => (i === target.index ? placeId : id)),
        drafts: s.drafts.map((d) =>
          inSentence(d) || isDateline ? { ...d, places: replacePlace(d.places, old, placeId) } : d,
        ),
        source: isDateline ? { ...s.source, dateline: placeId } : s.source,
      };
    }
    case 'draft-place':
      return edit(target.key, (d) => ({
        ...d,
        places: replacePlace(d.places, d.places[target.index]?.placeId ?? '', placeId),
      }));
    case 'add-place':
      return edit(target.key, (d) =>
        d.places.some((p) => p.placeId === placeId)
          ? d
          : { ...d, places: [...d.places, { placeId, role: d.places.length === 0 ? 'venue' : 'subject' }] },
      );
  }
}

export function reviewReducer(s: ReviewSession, action: ReviewAction): ReviewSession {
  switch (action.type) {
    case 'edit-draft':
      return { ...s, drafts: s.drafts.map((d) => (d.key === action.key ? { ...d, ...action.patch } : d)) };
    case 'edit-source':
      return { ...s, source: { ...s.source, ...action.patch } };
    case 'pick':
      return { ...s, picking: action.target };
    case 'choose-place':
      return choosePlace(s, action.placeId);
  }
}

/** The metadata fields a person may fill in before drafting ('' when left empty). */
export interface ArticleMeta {
  readonly outlet: string;
  readonly headline: string;
  readonly published: string;
  readonly url: string;
  readonly language: string;
}

/** A review of the drafter's reading of `text`: the fields filled from the metadata, else from the text. */
export function startSession(text: string, draft: Draft, meta: ArticleMeta): ReviewSession {
  return {
    text,
    draft,
    mentionPlaces: draft.places.map((p) => p.placeId),
    drafts: reviewDrafts(draft),
    actors: reviewActors(draft),
    source: {
      outlet: meta.outlet || draft.dateline?.outlet || '',
      headline: meta.headline,
      published: meta.published || draft.published || '',
      url: meta.url,
      language: meta.language || 'en',
      dateline: draft.dateline?.place?.placeId ?? '',
    },
    picking: null,
  };
}
