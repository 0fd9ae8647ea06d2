// The events currently shown, by date: a listbox named "Events", windowed so 100,000 rows stay
// fast (only the rows in view are in the DOM). Arrow keys move, Enter opens, Escape closes.
import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { preparedAggregation } from '../core/aggregate';
import { dateLine, placeNames } from '../core/event-view';
import type { CorpusModel } from '../core/model';

const ROW_HEIGHT = 64; // px; fixed so the window can be computed without measuring
const OVERSCAN = 6; // rows rendered beyond the visible ones

export interface EventListProps {
  readonly model: CorpusModel;
  readonly positions: Int32Array;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

export function optionId(eventId: string): string {
  return `dl-event-${eventId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Memoised: the click of a filter change renders the app before the new events come, with the same rows. */
export const EventList = memo(function EventList({ model, positions, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const events = model.index.events;
  const count = positions.length;
  // By position, not by reading each visible event (they may be read from their text: lazy-events.ts).
  const selectedPosition =
    selectedId === null ? undefined : preparedAggregation(model).positionOf.get(selectedId);
  const selectedRow = selectedPosition === undefined ? -1 : positions.indexOf(selectedPosition);

  useEffect(function measure() {
    const el = listRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scrollRowIntoView reads the ref only.
  useEffect(
    function followSelection() {
      if (selectedRow < 0) return;
      setActive(selectedRow);
      scrollRowIntoView(selectedRow);
    },
    [selectedRow],
  );

  function scrollRowIntoView(row: number) {
    const el = listRef.current;
    if (!el) return;
    const top = row * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  }

  function move(row: number) {
    const next = Math.max(0, Math.min(count - 1, row));
    setActive(next);
    scrollRowIntoView(next);
  }

  function openActive() {
    const event = events[positions[active] ?? -1];
    if (event) onSelect(event.id);
  }

  /** Listbox keys; returns false for keys the list does not handle. */
  function handleKey(key: string): boolean {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    switch (key) {
      case 'ArrowDown':
        move(active + 1);
        return true;
      case 'ArrowUp':
        move(active - 1);
        return true;
      case 'PageDown':
        move(active + page);
        return true;
      case 'PageUp':
        move(active - page);
        return true;
      case 'Home':
        move(0);
        return true;
      case 'End':
        move(count - 1);
        return true;
      case 'Enter':
      case ' ':
        openActive();
        return true;
      case 'Escape':
        onSelect(null);
        return true;
      default:
        return false;
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (count > 0 && handleKey(e.key)) e.preventDefault();
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeEvent = events[positions[Math.min(active, count - 1)] ?? -1];
  const rows = [];
  for (let row = first; row < last; row++) {
    const event = events[positions[row] ?? -1];
    if (!event) continue;
    const topic = model.topics.get(event.topics[0] ?? '');
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: options are driven by the listbox's own keys (aria-activedescendant).
      // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox; options are reached with aria-activedescendant.
      <div
        key={event.id}
        id={optionId(event.id)}
        role="option"
        aria-selected={event.id === selectedId}
        aria-setsize={count}
        aria-posinset={row + 1}
        className={`dl-list__row${row === active ? ' dl-list__row--active' : ''}${event.id === selectedId ? ' dl-list__row--selected' : ''}`}
        style={{ top: row * ROW_HEIGHT, height: ROW_HEIGHT }}
        onClick={() => {
          setActive(row);
          onSelect(event.id);
        }}
      >
        <span className="dl-list__swatch" style={{ background: topic?.color ?? '#888' }} aria-hidden="true" />
        <span className="dl-list__text">
          <span className="dl-list__date">{dateLine(event)}</span>
          <span className="dl-list__title">{event.title}</span>
          <span className="dl-list__place">{placeNames(model, event)}</span>
        </span>
      </div>,
    );
  }

  return (
    <div
      ref={listRef}
      className="dl-list"
      role="listbox"
      aria-label="Events"
      tabIndex={0}
      aria-activedescendant={
        activeEvent && active >= first && active < last ? optionId(activeEvent.id) : undefined
      }
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="dl-list__spacer" style={{ height: count * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
});
