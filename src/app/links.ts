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
  const { search, hash } = serializeViewState({ ...view, ...extra, v: version, play: null });
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
