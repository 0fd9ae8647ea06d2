import type { LatLngExpression } from 'leaflet';
import { counted } from '../../core/group-digits';

/** What a click on a spot or area asks for: its visible events, where, and under which name. */
export interface Pick {
  readonly latlng: LatLngExpression;
  /** Visible positions there, in date order. */
  readonly positions: readonly number[];
  /** Place or area name, e.g. "Nice". */
  readonly name: string;
  /** The element to return focus to when a list popup closes. */
  readonly returnFocus?: HTMLElement | SVGElement | null;
}

/** "1 event", "3,400 events". */
export const eventsLabel = (n: number): string => counted(n, 'event');

/** Said in place of events' titles while their texts are still coming (src/work/corpus-worker.ts). */
export const TITLES_LOADING = "The events' details are loading…";
