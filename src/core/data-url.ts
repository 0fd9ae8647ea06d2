// `?data=<url>`: a dataset opened from an address. Reading the parameter is pure and total (STYLE.md §5):
// only an http(s) address whose origin can be named in a Content-Security-Policy is accepted; anything
// else (javascript:, data:, credentials, garbage, an over-long value) is refused with a notice and the
// bundled corpus opens. Whether it may be fetched at once (same origin) or must be confirmed first
// (another host) is decided here too; the fetching is src/load/load-data-url.ts.
import type { ColumnMapping } from './import/types';

/** localStorage key of the data origins this person confirmed (a JSON array of origins). */
export const DATA_HOSTS_KEY = 'dateline:data-hosts';

/** Longer `data=` values are refused (browsers and servers cap URLs near 2,000–8,000 characters). */
export const MAX_DATA_URL_LENGTH = 2000;

/**
 * An origin as a CSP host-source can name it exactly: http(s), a lowercase DNS name or IPv4 address,
 * an optional port. Shared with the boot script that writes the page's policy (src/app/csp.ts), so a
 * stored value can never add anything but one host to `connect-src`.
 */
export const ORIGIN_PATTERN =
  '^https?://[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$';
const ORIGIN_RE = new RegExp(ORIGIN_PATTERN);

export function isNameableOrigin(origin: string): boolean {
  return ORIGIN_RE.test(origin);
}

export type DataUrl =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly notice: string }
  | {
      readonly kind: 'url';
      /** The value as the link gave it (kept in links, so a relative address stays relative). */
      readonly raw: string;
      /** Resolved against the page. */
      readonly href: string;
      readonly origin: string;
      /** Host (and port) as a person reads it: "example.org". */
      readonly host: string;
      readonly sameOrigin: boolean;
    };

const shown = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}…` : raw);

/** Reads the `data` parameter (null when absent) against the page's address. Never throws. */
export function parseDataUrl(raw: string | null, pageHref: string): DataUrl {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const refuse = (why: string): DataUrl => ({
    kind: 'invalid',
    notice: `The link's data address “${shown(raw)}” was ignored (${why}); showing the bundled corpus.`,
  });
  if (raw.length > MAX_DATA_URL_LENGTH) return refuse(`longer than ${MAX_DATA_URL_LENGTH} characters`);
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(raw.trim(), page);
  } catch {
    return refuse('not an address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refuse('only http and https addresses can be opened');
  if (url.username || url.password) return refuse('an address with a user name or password');
  if (!isNameableOrigin(url.origin)) return refuse('an unusual host name');
  url.hash = '';
  return {
    kind: 'url',
    raw: raw.trim(),
    href: url.href,
    origin: url.origin,
    host: url.host,
    sameOrigin: url.origin === page.origin,
  };
}

/** The file name a dataset from `href` is reported and kept under: its last path segment, or its host. */
export function dataUrlFileName(href: string): string {
  const url = new URL(href);
  const last = url.pathname.split('/').filter(Boolean).pop();
  let name = url.host;
  try {
    if (last) name = decodeURIComponent(last);
  } catch {
    if (last) name = last;
  }
  return name.slice(0, 120);
}

/** Whether a mapping says where a row happened and when: otherwise the person maps the columns first. */
export function isMappingComplete(mapping: ColumnMapping): boolean {
  const when = mapping.date !== undefined || mapping.start !== undefined;
  const where =
    (mapping.lat !== undefined && mapping.lon !== undefined) ||
    mapping.place !== undefined ||
    mapping.country !== undefined;
  return when && where;
}
