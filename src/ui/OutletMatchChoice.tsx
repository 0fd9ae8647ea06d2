// How the chosen outlets combine, so the outlet filter answers "only Reuters", "both Reuters and the
// NYT" and "only the NYT": any of them (the default), every one of them, or them and no other outlet.
import './outlet-match.css';
import type { OutletMatch } from '../core/url';

const LABELS: Record<OutletMatch, string> = {
  any: 'any of them',
  all: 'all of them (e.g. both)',
  only: 'only them, no other outlet',
};

export function OutletMatchChoice({
  value,
  chosen,
  onChange,
}: {
  value: OutletMatch;
  /** How many outlets are ticked (the legend says "outlet" or "outlets"). */
  chosen: number;
  onChange: (match: OutletMatch) => void;
}) {
  return (
    <fieldset className="dl-facet dl-outlet-match">
      <legend className="dl-facet__title">
        Reported by {chosen === 1 ? 'the ticked outlet' : 'the ticked outlets'}
      </legend>
      {(Object.keys(LABELS) as OutletMatch[]).map((match) => (
        <label key={match}>
          <input
            type="radio"
            name="dl-outlet-match"
            value={match}
            checked={value === match}
            onChange={() => onChange(match)}
          />
          {LABELS[match]}
        </label>
      ))}
    </fieldset>
  );
}
