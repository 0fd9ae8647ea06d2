// The hosts this person has allowed `?data=` links to load from, each with Forget. The page's
// Content-Security-Policy lists exactly these (src/app/csp.ts); forgetting one reloads the page so the
// policy no longer admits it.
import { useState } from 'react';
import { confirmedOrigins, forgetOrigin } from '../load/data-hosts';

export function DataHosts() {
  const [origins] = useState(confirmedOrigins);
  if (origins.length === 0) return null;
  return (
    <section className="dl-open__hosts" aria-label="Allowed data hosts">
      <p>Links may load data from these sites, which you allowed in this browser:</p>
      <ul>
        {origins.map((origin) => (
          <li key={origin}>
            {origin}{' '}
            <button
              type="button"
              onClick={() => {
                forgetOrigin(origin);
                window.location.reload();
              }}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
