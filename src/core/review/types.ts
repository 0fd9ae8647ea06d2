// The state of a draft under review: the drafter's proposal (src/core/draft) turned into the corpus's
// own terms (precision, status, roles), as a person edits it before it goes into a dataset.
import type { Span } from '../draft';
import type { PlaceRole, Precision, Status } from '../types';

/**
 * The kept copy the drafts go into when the open data cannot take them in place: the bundled corpus
 * (not writable) or a dataset from an address (read afresh from it on every visit, which would
 * overwrite them).
 */
export const draftsCopyName = (name: string): string => `${name} + my drafts`;

/** What the person decided: only accepted and merged drafts go into the dataset. */
export type Decision = 'pending' | 'accepted' | 'merged' | 'dropped';
export const DECISIONS: readonly Decision[] = ['pending', 'accepted', 'merged', 'dropped'];

export interface ReviewPlace {
  readonly placeId: string;
  readonly role: PlaceRole;
}

export interface ReviewTime {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the corpus writes it. */
  readonly start: string;
  /** '' for a single day, month or year. */
  readonly end: string;
  readonly precision: Precision;
}

export interface ReviewQuote {
  /** The quoted words without their quotation marks. */
  readonly text: string;
  /** Actor id of the speaker. */
  readonly speaker: string;
}

export interface ReviewDraft {
  /** Stable key within one review ("d0", "d1"…). */
  readonly key: string;
  readonly title: string;
  /** Our own words; left empty, the title stands in (the evidence sentence is the outlet's text). */
  readonly summary: string;
  readonly time: ReviewTime;
  readonly status: Status;
  readonly places: readonly ReviewPlace[];
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly quote: ReviewQuote | null;
  /** The sentence it was read from (shown, never stored). */
  readonly evidence: Span;
  /** The dataset event the drafter found it repeats, if any. */
  readonly mergeWith: string | null;
  readonly decision: Decision;
}

/** The article: one source shared by every draft read from it. */
export interface ReviewSource {
  readonly outlet: string;
  readonly headline: string;
  /** YYYY-MM-DD. */
  readonly published: string;
  readonly url: string;
  /** BCP 47 tag. */
  readonly language: string;
  /** Place id of the dateline ('' when the article has none: the first draft's first place is used). */
  readonly dateline: string;
}

/** An actor the article names: known to the dataset, or proposed as new. */
export interface ReviewActor {
  readonly id: string;
  readonly name: string;
  readonly kind: 'person' | 'organisation';
  readonly known: boolean;
}

/** A place as the review needs it (a gazetteer entry: src/core/gazetteer). */
export interface ReviewPlaceInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: 'country' | 'region' | 'city' | 'site';
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/** A field of a draft that keeps it out of the dataset, in words a person can act on. */
export interface DraftProblem {
  /** Draft key, or "source" for the article's metadata. */
  readonly draft: string;
  readonly field: string;
  readonly message: string;
}

/** A place drawn on the map while reviewing: a candidate to pick, or a draft's place. */
export interface MapPlace {
  readonly id: string;
  /** "Nice, France". */
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
}

/** A draft's place as a provisional mark (not an event yet). */
export interface ProvisionalMark extends MapPlace {
  readonly key: string;
  readonly title: string;
  /** Accepted or merged (drawn solid), else still to review (dashed). */
  readonly accepted: boolean;
}
