// `?data=<url>`, read once at start: which address to open, whether the person must confirm its host
// first, and the notice for a garbled value. Confirming remembers the host (src/load/data-hosts.ts) and
// reloads, because the page's Content-Security-Policy is written before the app runs (src/app/csp.ts);
// declining drops `data` from the address and the bundled corpus stays.
import { useCallback, useEffect, useState } from 'react';
import { type DataUrl, dataUrlFileName, parseDataUrl } from '../core/data-url';
import { confirmedOrigins, confirmOrigin } from '../load/data-hosts';
import { type DataUrlSource, urlDatasetId } from '../load/load-data-url';

export interface DataUrlApi {
  /** The address to open now (same origin, or a host confirmed earlier), or null. */
  readonly source: DataUrlSource | null;
  /** The link's value, for share links, while that data is what the page shows. */
  readonly linkValue: string | null;
  /** The dataset id its kept copy has (for the switcher), or null. */
  readonly datasetId: string | null;
  /** A host to ask about before anything is requested from it, or null. */
  readonly ask: { readonly host: string; readonly href: string } | null;
  readonly load: () => void;
  readonly decline: () => void;
  /** Why the link's `data` was ignored, or null. */
  readonly notice: string | null;
  readonly dismissNotice: () => void;
  /** Set when the host could not be remembered (no storage): it cannot be allowed. */
  readonly error: string | null;
}

function withoutData(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('data');
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

export function useDataUrl(): DataUrlApi {
  const [parsed] = useState<DataUrl>(() =>
    parseDataUrl(new URLSearchParams(window.location.search).get('data'), window.location.href),
  );
  const url = parsed.kind === 'url' ? parsed : null;
  const [allowed] = useState(() => !!url && (url.sameOrigin || confirmedOrigins().includes(url.origin)));
  const [source] = useState<DataUrlSource | null>(() =>
    url && allowed ? { href: url.href, host: url.host, fileName: dataUrlFileName(url.href) } : null,
  );
  const [declined, setDeclined] = useState(false);
  const [notice, setNotice] = useState(parsed.kind === 'invalid' ? parsed.notice : null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    function dropGarbledData() {
      if (parsed.kind === 'invalid') window.history.replaceState(null, '', withoutData());
    },
    [parsed],
  );

  const load = useCallback(() => {
    if (!url) return;
    if (confirmOrigin(url.origin)) window.location.reload();
    else setError(`This browser keeps nothing for Dateline, so ${url.host} cannot be allowed.`);
  }, [url]);
  const decline = useCallback(() => {
    setDeclined(true);
    window.history.replaceState(null, '', withoutData());
  }, []);

  return {
    source,
    linkValue: source && url ? url.raw : null,
    datasetId: source ? urlDatasetId(source.href) : null,
    ask: url && !allowed && !declined ? { host: url.host, href: url.href } : null,
    load,
    decline,
    notice,
    dismissNotice: () => setNotice(null),
    error,
  };
}
