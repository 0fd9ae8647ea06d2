// Padding for the home framing (a dataset's own extent, or the default view): the data is framed clear
// of the import report over the map's bottom, so a fresh import's places do not open under its report.
import type { FitBoundsOptions, Map as LeafletMap } from 'leaflet';

/** Gap kept between the framed data and the report (px). */
const GAP = 12;

export function homeFit(map: LeafletMap): FitBoundsOptions {
  const container = map.getContainer();
  const report = container.parentElement?.querySelector('.dl-import-report');
  if (!report) return {};
  const frame = container.getBoundingClientRect();
  const box = report.getBoundingClientRect();
  if (box.height === 0 || box.top >= frame.bottom || box.bottom <= frame.top) return {};
  // At most half the map: a tall report (its skipped rows open) leaves the data the upper half.
  const bottom = Math.min(frame.bottom - box.top + GAP, frame.height / 2);
  return { paddingBottomRight: [0, bottom] };
}
