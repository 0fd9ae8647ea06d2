export { checkDraft, checkReview, checkSource } from './check';
export { draftContext } from './context';
export { quoteWords, reviewActors, reviewDrafts, reviewQuote, reviewTime } from './from-draft';
export { candidatesFor, MAX_CANDIDATES, nearestPlace, placeLabel, searchPlaces } from './places';
export { type HighlightKind, type Mark, type Segment, segmentText } from './segments';
export {
  type ArticleMeta,
  type PickTarget,
  type ReviewAction,
  type ReviewSession,
  reviewReducer,
  startSession,
} from './session';
export { applyReview, type CorpusLists, type ReviewInput, type ReviewResult } from './to-corpus';
export type * from './types';
export { DECISIONS, draftsCopyName } from './types';
