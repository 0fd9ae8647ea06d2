// A multi-select of ids with live counts, for actors and outlets. Long lists get a filter box and
// show the busiest entries first; chosen entries always stay visible.
import { memo, useId, useMemo, useState } from 'react';
import { groupDigits } from '../core/group-digits';
import { foldText } from '../core/slug';

export interface FacetOption {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

const SHOWN = 40;

/**
 * Memoised: a filter change renders the panel twice (the click, then the worker's counts), and a list
 * whose counts and choices have not changed is skipped. `options` and `onChange` must keep their identity
 * between renders (FilterPanel makes them once per corpus).
 */
export const FacetList = memo(function FacetList({
  title,
  options,
  counts,
  selected,
  onChange,
}: {
  title: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const headingId = useId();
  const chosen = new Set(selected);
  const needle = foldText(filter.trim());
  // By label once per option list: the sort below is stable, so ties in count keep this order without
  // comparing labels (localeCompare) on every render.
  const byLabel = useMemo(() => [...options].sort((a, b) => a.label.localeCompare(b.label)), [options]);
  const matching = byLabel
    .filter((o) => chosen.has(o.id) || needle === '' || foldText(o.label).includes(needle))
    .sort(
      (a, b) =>
        Number(chosen.has(b.id)) - Number(chosen.has(a.id)) ||
        (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0),
    );
  const shown = matching.slice(0, Math.max(SHOWN, selected.length));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id].sort() : selected.filter((s) => s !== id));
  return (
    <fieldset className="dl-facet" aria-labelledby={headingId}>
      <legend id={headingId} className="dl-facet__title">
        {title}
        {selected.length > 0 && (
          <button type="button" className="dl-link dl-facet__clear" onClick={() => onChange([])}>
            clear ({selected.length})
          </button>
        )}
      </legend>
      {options.length > 8 && (
        <input
          type="search"
          className="dl-facet__filter"
          placeholder={`Find ${title.toLowerCase()}…`}
          aria-label={`Find ${title.toLowerCase()}`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {options.length === 0 && <p className="dl-facet__none">None named in this data.</p>}
      <ul className="dl-facet__list">
        {shown.map((o) => (
          <li key={o.id}>
            <label title={o.detail}>
              <input
                type="checkbox"
                checked={chosen.has(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span className="dl-facet__label">{o.label}</span>
              <span className="dl-count">{groupDigits(counts.get(o.id) ?? 0)}</span>
            </label>
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <p className="dl-facet__more">{matching.length - shown.length} more — type to find them.</p>
      )}
    </fieldset>
  );
});
