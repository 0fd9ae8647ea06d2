export { checkDraft, checkReview, checkSource } from './check';
export { draftContext } from './context';
export { quoteWords, reviewActors, reviewDrafts, reviewQuote, reviewTime } from './from-draft';
export { type HighlightKind, type Mark, type Segment, segmentText } from './segments';
export { applyReview, type CorpusLists, type ReviewInput, type ReviewResult } from './to-corpus';
export type * from './types';
export { DECISIONS } from './types';
