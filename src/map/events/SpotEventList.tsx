// The popup content for a spot or area with several events: their titles and dates, as buttons.
import { useEffect, useRef } from 'react';
import { dateLine } from '../../core/event-view';
import type { NewsEvent } from '../../core/types';
import { eventsLabel } from './types';

export interface SpotEventListProps {
  readonly name: string;
  /** The first MAX_LISTED of them, in date order (only those are read). */
  readonly events: readonly NewsEvent[];
  /** How many there are. */
  readonly total: number;
  onChoose(id: string): void;
}

/** More than this would make a popup no one can scroll through; the rest is counted. */
export const MAX_LISTED = 50;

export function SpotEventList({ name, events, total, onChoose }: SpotEventListProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(function focusFirst() {
    first.current?.focus({ preventScroll: true });
  }, []);
  const shown = events.slice(0, MAX_LISTED);
  return (
    <section className="dl-event-list" aria-label={`Events at ${name}`}>
      <h2 className="dl-event-list__title">
        {name}: {eventsLabel(total)}
      </h2>
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
      {total > shown.length && (
        <p className="dl-event-list__more">
          and {total - shown.length} more: narrow the filters to see them.
        </p>
      )}
    </section>
  );
}
