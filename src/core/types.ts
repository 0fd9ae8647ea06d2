// The corpus format, as the rest of the app sees it after validation.
// The JSON Schema in data/corpus.schema.json and geo/places.schema.json describes the same shapes;
// `validateCorpus` (validate.ts) is the only code that turns unknown JSON into these types.

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
/** How exactly the event's date is known. "August 2008" is `month`, not 1 August. */
export type Precision = (typeof PRECISIONS)[number];

export const STATUSES = ['occurred', 'announced', 'threatened', 'planned', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

export const PLACE_ROLES = ['venue', 'subject', 'target', 'origin'] as const;
/** venue: where it took place; subject: what it is about; target: what it is aimed at; origin: where it comes from. */
export type PlaceRole = (typeof PLACE_ROLES)[number];

export const PLACE_KINDS = ['city', 'site', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const RELATION_TYPES = ['response-to', 'follow-up-of', 'discussed-at', 'part-of', 'cause-of'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A date as written in the corpus: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * With precision `day` it must be a full date, `month` a month, `year` a year;
 * `approximate` accepts any of the three forms.
 */
export type PartialDate = string;

export interface EventTime {
  readonly start: PartialDate;
  /** Inclusive; absent for a single day, month or year. */
  readonly end?: PartialDate;
  readonly precision: Precision;
  /** Optional wording for approximate times, e.g. "mid-2009". */
  readonly label?: string;
}

/**
 * One report of an event: an article (its headline, publication date and dateline), or only the outlet
 * that reported it, as data files name them (an ACLED or UCDP row names outlets, not articles): then the
 * article's fields are absent, never made up.
 */
export interface Source {
  readonly id: string;
  readonly outlet: string;
  /** Exactly as published; absent when the data names only the outlet. */
  readonly headline?: string;
  /** Publication date, YYYY-MM-DD; absent when not known. */
  readonly published?: string;
  /** Place id of the dateline ("NICE, France" → "nice"); absent when not known. */
  readonly dateline?: string;
  readonly url?: string;
  /** BCP 47 language tag, e.g. "en". */
  readonly language: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  /** #rrggbb, from a colour-blind-safe palette. */
  readonly color: string;
  readonly description: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  /** Role or title at the time of the corpus. */
  readonly role: string;
  /** Place id of a place of kind `country`; imported actors ("Military Forces of Sudan") may have none. */
  readonly country?: string;
}

/** A polygon or multipolygon of an area that a corpus brings itself (RFC 7946, [lon, lat] rings). */
export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
    };

/** A value of an imported event's property table: flat, no objects or arrays. */
export type PropertyValue = string | number | boolean | null;

export interface Place {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: PlaceKind;
  /** Representative point, WGS84 degrees. */
  readonly lat: number;
  readonly lon: number;
  /** Id of the boundary feature in geo/boundaries.topo.json that draws this area (areas only). */
  readonly boundary?: string;
  /** Place id of the country this place lies in (cities, sites, regions). */
  readonly country?: string;
  /**
   * A dataset's own area outline (corpus `places` only, never the gazetteer). Such a place gets
   * `boundary` "own:<id>", and the model lists its outline in `ownAreas` under that id.
   */
  readonly geometry?: AreaGeometry;
}

export interface EventPlace {
  readonly place: string;
  readonly role: PlaceRole;
}

export interface Quote {
  /** Short, verbatim words of an official. */
  readonly text: string;
  /** Actor id. */
  readonly speaker: string;
  /** Source id the quote comes from. */
  readonly source: string;
}

export interface Relation {
  /** Id of the other event. */
  readonly event: string;
  /** How this event relates to the other: this event is a `response-to` that one. */
  readonly type: RelationType;
}

export interface NewsEvent {
  readonly id: string;
  readonly title: string;
  /** Our own words. */
  readonly summary: string;
  readonly time: EventTime;
  readonly status: Status;
  readonly places: readonly EventPlace[];
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly quotes: readonly Quote[];
  readonly sources: readonly string[];
  readonly related: readonly Relation[];
  /** Imported columns kept as they were (ACLED `fatalities`, GeoJSON properties): shown as a table. */
  readonly properties?: Readonly<Record<string, PropertyValue>>;
}

/** A validated corpus with its gazetteer. Every id reference inside resolves. */
export interface Corpus {
  readonly sources: readonly Source[];
  readonly topics: readonly Topic[];
  readonly actors: readonly Actor[];
  /** The gazetteer's places followed by the corpus's own places (own points and own areas). */
  readonly places: readonly Place[];
  readonly events: readonly NewsEvent[];
}

/** One thing wrong with the input: where it is and what was expected. */
export interface Problem {
  /** File the record came from, e.g. "data/corpus.json". */
  readonly file: string;
  /** Record id, or `#index` when the record has no usable id. */
  readonly record: string;
  /** Field path inside the record, e.g. "time.start" or "places[1].role". */
  readonly field: string;
  readonly message: string;
}

export interface Validated<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
}
