// The popup content for a spot or area with several events: their titles and dates, as buttons.
import { useEffect, useRef } from 'react';
import { dateLine } from '../../core/event-view';
import { groupDigits } from '../../core/group-digits';
import type { NewsEvent } from '../../core/types';
import { eventsLabel, TITLES_LOADING } from './types';

export interface SpotEventListProps {
  readonly name: string;
  /** The first MAX_LISTED of them, in date order (only those are read). */
  readonly events: readonly NewsEvent[];
  /** How many there are. */
  readonly total: number;
  /**
   * True while some of the first MAX_LISTED are not readable yet (their texts are still coming,
   * src/work/corpus-worker.ts): the list says so, and fills in once they are in.
   */
  readonly loading?: boolean;
  onChoose(id: string): void;
}

/** More than this would make a popup no one can scroll through; the rest is counted. */
export const MAX_LISTED = 50;

export function SpotEventList({ name, events, total, loading = false, onChoose }: SpotEventListProps) {
  const section = useRef<HTMLElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const shown = loading ? [] : events.slice(0, MAX_LISTED);
  const filled = shown.length > 0;
  // Keyboard focus goes to the first event. While none is listed yet it goes to the list itself, and
  // on to the first event when they come, unless the reader has moved it elsewhere meanwhile.
  const waited = useRef(false);
  useEffect(
    function focusFirst() {
      if (!filled) {
        waited.current = true;
        section.current?.focus({ preventScroll: true });
        return;
      }
      const now = document.activeElement;
      if (!waited.current || now === section.current || now === document.body)
        first.current?.focus({ preventScroll: true });
    },
    [filled],
  );
  return (
    <section className="dl-event-list" aria-label={`Events at ${name}`} ref={section} tabIndex={-1}>
      <h2 className="dl-event-list__title">
        {name}: {eventsLabel(total)}
      </h2>
      {loading && (
        <p className="dl-event-list__loading" role="status">
          {TITLES_LOADING}
        </p>
      )}
      <ul>
        {shown.map((e, i) => (
          <li key={e.id}>
            <button
              type="button"
              ref={i === 0 ? first : undefined}
              className="dl-event-list__item"
              onClick={() => onChoose(e.id)}
            >
              <span className="dl-event-list__name">{e.title}</span>
              <span className="dl-event-list__date">{dateLine(e)}</span>
            </button>
          </li>
        ))}
      </ul>
      {!loading && total > shown.length && (
        <p className="dl-event-list__more">
          and {groupDigits(total - shown.length)} more: narrow the filters to see them.
        </p>
      )}
    </section>
  );
}
