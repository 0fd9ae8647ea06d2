// Absolute links to a view, for sharing and embedding (with the corpus version `v`).
import { serializeViewState, type ViewState } from '../core/url';

export function viewLink(view: ViewState, version: string, extra: Partial<ViewState> = {}): string {
  const { search, hash } = serializeViewState({ ...view, ...extra, v: version, play: null });
  return `${window.location.origin}${window.location.pathname}${search}${hash}`;
}
