// Absolute links to a view, for sharing and embedding (with the corpus version `v`).
import { serializeViewState, type ViewState } from '../core/url';

export function viewLink(
  view: ViewState,
  version: string,
  extra: Partial<ViewState> = {},
  dataset: string | null = null,
  /** A `?data=` address: the recipient's browser loads the same data from it (it wins over `dataset`). */
  dataUrl: string | null = null,
): string {
  // '' while an import's version is still being written (src/load/corpus-worker-client.ts): left out.
  const { search, hash } = serializeViewState({ ...view, ...extra, v: version || null, play: null });
  // Which data (`data`, an address, or `ds`, a dataset kept in this browser) leads, so the view's keys
  // keep their documented order after it.
  const which = dataUrl
    ? `data=${encodeURIComponent(dataUrl)}`
    : dataset
      ? `ds=${encodeURIComponent(dataset)}`
      : '';
  const query = which ? `?${which}${search.replace(/^\?/, '&')}` : search;
  return `${window.location.origin}${window.location.pathname}${query}${hash}`;
}

/**
 * Where to go once an import is kept as dataset `id`. Normally the new dataset opens in the default view
 * (`?ds=<id>`). When this page was opened from a link to a dataset this browser did not have
 * (`carryLink`), the recipient has just opened that file: keep the link's view, filters and corpus
 * version `v`, so the view opens on it and the `v` check says whether the file is the one the link was
 * made with.
 */
export function afterImportUrl(
  location: { readonly pathname: string; readonly search: string; readonly hash: string },
  id: string,
  carryLink: boolean,
): string {
  if (!carryLink) return `${location.pathname}?ds=${encodeURIComponent(id)}`;
  const params = new URLSearchParams(location.search);
  params.delete('ds');
  const rest = params.toString();
  return `${location.pathname}?ds=${encodeURIComponent(id)}${rest ? `&${rest}` : ''}${location.hash}`;
}
