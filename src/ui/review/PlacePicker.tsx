// Choosing a place: the candidates (namesakes of a mention, or places found by name), also drawn on
// the map; a click on the map picks the town nearest to it. Escape or Cancel leaves things as they were.
import { useEffect, useRef } from 'react';
import type { MapPlace } from '../../core/review';

export interface PlacePickerProps {
  readonly what: string;
  readonly current: string | null;
  readonly candidates: readonly MapPlace[];
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly onChoose: (id: string) => void;
  readonly onCancel: () => void;
}

export function PlacePicker({
  what,
  current,
  candidates,
  search,
  onSearch,
  onChoose,
  onCancel,
}: PlacePickerProps) {
  const box = useRef<HTMLElement>(null);
  useEffect(function focusPicker() {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
  }, []);
  return (
    <section
      ref={box}
      className="dl-picker"
      aria-label={`Choose the place for ${what}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 className="dl-picker__title">Choose the place for “{what}”</h3>
      <p className="dl-review__note">
        Pick one below or its numbered mark on the map, or click the map where it is.
      </p>
      <ol className="dl-picker__list">
        {candidates.map((c, i) => (
          <li key={c.id}>
            <button type="button" aria-pressed={c.id === current} onClick={() => onChoose(c.id)}>
              <span className="dl-picker__n" aria-hidden="true">
                {i + 1}
              </span>
              {c.label}
            </button>
          </li>
        ))}
      </ol>
      {candidates.length === 0 && <p className="dl-review__note">No place of that name; type another.</p>}
      <label className="dl-review__field">
        Find a place by name
        <input type="search" value={search} onChange={(e) => onSearch(e.currentTarget.value)} />
      </label>
      <button type="button" className="dl-link" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
