// The article as a source: one record shared by every draft read from it.
import type { ReviewAction, ReviewSource } from '../../core/review';

export interface SourceFieldsProps {
  readonly source: ReviewSource;
  readonly placeName: (id: string) => string;
  readonly dispatch: (action: ReviewAction) => void;
}

const FIELDS: readonly [keyof ReviewSource, string, string][] = [
  ['outlet', 'Outlet', 'text'],
  ['headline', 'Headline', 'text'],
  ['published', 'Publication date', 'date'],
  ['url', 'Address (URL)', 'url'],
  ['language', 'Language', 'text'],
];

export function SourceFields({ source, placeName, dispatch }: SourceFieldsProps) {
  return (
    <fieldset className="dl-review__meta">
      <legend>Source</legend>
      {FIELDS.map(([key, label, type]) => (
        <label key={key} className="dl-review__field">
          {label}
          <input
            type={type}
            value={source[key]}
            onChange={(e) => dispatch({ type: 'edit-source', patch: { [key]: e.currentTarget.value } })}
          />
        </label>
      ))}
      <p className="dl-review__note">
        Dateline: {source.dateline ? placeName(source.dateline) : 'none (the first place of the first draft)'}
      </p>
    </fieldset>
  );
}
