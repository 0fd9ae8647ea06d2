// The drafter's output: the contract of `npm run draft -- --json` (see README "From article to map").
// Offsets are UTF-16 code units into the text as read; `end` is exclusive.

export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PlaceMention extends Span {
  readonly placeId: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  readonly lat: number;
  readonly lng: number;
  /** A demonym or adjective ("Russian"): points to its country, but is no place mention. */
  readonly adjectival: boolean;
  /** 0..1: how clearly the chosen place beats the other candidates of the same name. */
  readonly confidence: number;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'range';
export type DateStatus = 'happened' | 'planned' | 'proposed' | 'threatened';

export interface DateMention extends Span {
  readonly start_date: string;
  readonly end_date: string;
  readonly precision: DatePrecision;
  readonly status: DateStatus;
}

export interface ActorMention extends Span {
  /** Dataset actor id when matched, else a proposed slug. */
  readonly actorId: string;
  readonly name: string;
  readonly kind: 'person' | 'organisation';
  readonly known: boolean;
}

export interface Quote extends Span {
  readonly speaker: string | null;
}

export interface DraftPlace {
  readonly placeId: string;
  readonly role: 'venue' | 'subject' | 'target';
}

export interface DraftEvent {
  readonly title: string;
  readonly places: readonly DraftPlace[];
  readonly date: { readonly start: string; readonly end: string; readonly precision: DatePrecision } | null;
  readonly status: DateStatus;
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly evidence: Span;
  readonly source: {
    readonly outlet: string | null;
    readonly headline: string | null;
    readonly published: string | null;
  };
  /** Id of an existing dataset event this one repeats: add the source there instead. */
  readonly mergeWith: string | null;
}

export interface Dateline {
  readonly place: PlaceMention | null;
  readonly outlet: string | null;
}

export interface Draft {
  readonly published: string | null;
  readonly dateline: Dateline | null;
  readonly places: readonly PlaceMention[];
  readonly dates: readonly DateMention[];
  readonly actors: readonly ActorMention[];
  readonly quotes: readonly Quote[];
  readonly events: readonly DraftEvent[];
}
