// The Content-Security-Policy of the built app: the one place that defines it. vite.config.ts writes it
// into index.html as a <meta> tag at build time (the dev server's hot reload needs inline scripts, so
// `npm run dev` runs without it) and sends it as a header from `vite preview`.
//
// - Scripts, styles, data requests and workers come from this origin only: no inline or eval'd script,
//   no inline <style> (the map's area colours live in a constructed style sheet); style attributes set
//   through the CSSOM by React and Leaflet are not inline markup and need no exception.
// - connect-src is 'self': the app fetches only its own data/ and geo/ files.
// - img-src admits the optional OpenStreetMap tile host. A <meta> policy cannot be widened after the page
//   has loaded, so the host is listed from the start; the page itself never requests a tile before the
//   person has switched tiles on (a link only gets a question: src/ui/TileConsent.tsx).

export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

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

/** The policy as one header or meta value. */
export function contentSecurityPolicy(): string {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
