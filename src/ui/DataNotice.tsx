// Lists records that were rejected while loading. Text only: problems may quote data.
import { useState } from 'react';
import type { Problem } from '../core/types';

const SHOWN = 50;

export function DataNotice({ problems }: { problems: readonly Problem[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (problems.length === 0 || dismissed) return null;
  const records = new Set(problems.map((p) => `${p.file}\u0000${p.record}`)).size;
  return (
    <section className="dl-notice dl-notice--warning" role="alert" aria-label="Data problems">
      <header>
        <strong>
          {records} record{records === 1 ? '' : 's'} could not be loaded ({problems.length} problem
          {problems.length === 1 ? '' : 's'}).
        </strong>{' '}
        The rest of the map works.
        <button
          type="button"
          className="dl-notice__close"
          onClick={() => setDismissed(true)}
          aria-label="Dismiss data problems"
        >
          ×
        </button>
      </header>
      <details>
        <summary>Show problems</summary>
        <ul className="dl-notice__list">
          {problems.slice(0, SHOWN).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list, never reordered.
            <li key={i}>
              <code>{p.file}</code> · record <code>{p.record}</code> · field <code>{p.field}</code>:{' '}
              {p.message}
            </li>
          ))}
          {problems.length > SHOWN && <li>…and {problems.length - SHOWN} more.</li>}
        </ul>
      </details>
    </section>
  );
}
