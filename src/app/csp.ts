// The Content-Security-Policy of the built app: the one place that defines it. Three layers, all
// enforced at once (a browser applies every policy it is given, so the strictest wins):
//
// 1. The page's policy, `contentSecurityPolicy(hosts)`. A tiny same-origin classic script (`csp.js`,
//    `cspBootScript()`, the first script in <head>) writes it as a <meta> before any of the app's code
//    runs. Its connect-src is 'self' plus the data hosts this person has confirmed for `?data=` links
//    (kept in localStorage under DATA_HOSTS_KEY, each checked against ORIGIN_PATTERN so a stored value can
//    only ever add one origin). A <meta> policy cannot be widened once the page has loaded, so
//    confirming a new host reloads the page (src/app/use-data-url.ts); forgetting one reloads too.
// 2. An outer bound, `contentSecurityPolicyBound()`: the same policy except that connect-src admits any
//    http(s) origin. vite.config.ts writes it as a static <meta> into dist/index.html and sends it as
//    the header from `vite preview`, so the page keeps a strict policy even where csp.js could not run;
//    it must admit the confirmed hosts, or layer 1 could never allow them.
// 3. The corpus worker is a same-origin file and gets its policy from its own response (the header);
//    it never fetches: data from another host is fetched on the page, under layer 1, and its text is
//    posted to the worker.
//
// What it guarantees: scripts, styles, workers and fonts come from this origin only — no inline or
// eval'd script, no inline <style> (the map's area colours live in a constructed style sheet; style
// attributes set through the CSSOM by React and Leaflet are not inline markup). Data requests go to this
// origin and to the hosts this person confirmed in this browser, nowhere else. img-src admits the
// optional OpenStreetMap tile host from the start (a <meta> policy cannot be widened later); the page
// itself never requests a tile before the person has switched tiles on (src/ui/TileConsent.tsx).
// `npm run dev` runs without any of this (hot reload needs inline scripts).
// (With its extension: vite.config.ts loads this file too.)
import { DATA_HOSTS_KEY, ORIGIN_PATTERN } from '../core/data-url.ts';

export const TILE_ORIGIN = 'https://tile.openstreetmap.org';
/** The boot script's file in dist/. */
export const CSP_SCRIPT = 'csp.js';

const DIRECTIVES: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', TILE_ORIGIN],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function policy(connect: readonly string[]): string {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => `${name} ${(name === 'connect-src' ? connect : sources).join(' ')}`)
    .join('; ');
}

/** The page's policy: connect-src is this origin plus the confirmed data origins (invalid ones dropped). */
export function contentSecurityPolicy(dataOrigins: readonly string[] = []): string {
  const valid = new RegExp(ORIGIN_PATTERN);
  const hosts = [...new Set(dataOrigins.filter((o) => valid.test(o)))].sort();
  return policy(["'self'", ...hosts]);
}

/** The outer bound (static <meta> and header): any http(s) origin for data, everything else as strict. */
export function contentSecurityPolicyBound(): string {
  return policy(["'self'", 'https:', 'http:']);
}

/**
 * The boot script's source: reads the confirmed origins and writes the page's policy as a <meta> into
 * <head>. It must run before the app's module script, so it is a classic, parser-blocking script.
 */
export function cspBootScript(): string {
  const [before, after] = contentSecurityPolicy().split("connect-src 'self'");
  return `// Written at build time from src/app/csp.ts: the page's Content-Security-Policy.
(function () {
  var hosts = [];
  try {
    var stored = JSON.parse(localStorage.getItem(${JSON.stringify(DATA_HOSTS_KEY)}) || '[]');
    if (Array.isArray(stored)) hosts = stored;
  } catch (e) {}
  var valid = new RegExp(${JSON.stringify(ORIGIN_PATTERN)});
  hosts = hosts.filter(function (h, i) { return typeof h === 'string' && valid.test(h) && hosts.indexOf(h) === i; }).sort();
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = ${JSON.stringify(before)} + ["connect-src 'self'"].concat(hosts).join(' ') + ${JSON.stringify(after)};
  meta.setAttribute('data-policy', 'page');
  document.head.appendChild(meta);
})();
`;
}
