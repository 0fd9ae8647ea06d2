// The header: brand and event count, then the data actions (dataset, Open data, New from article,
// Download, Share) and, on phones, the List/Map switch. It only lays them out: App owns their state.
import type { ComponentProps } from 'react';
import { groupDigits } from '../core/group-digits';
import type { CorpusModel } from '../core/model';
import { DatasetSwitcher } from '../ui/DatasetSwitcher';
import { DownloadMenu } from '../ui/DownloadMenu';
import { OpenData } from '../ui/OpenData';
import { ShareButton } from '../ui/ShareDialog';

export interface AppHeaderProps {
  /** Shown once the worker has answered: never a false "0 of N" while it counts. */
  readonly count: { readonly shown: number; readonly total: number } | null;
  readonly datasetId: string | null;
  readonly openData: ComponentProps<typeof OpenData>;
  /** The "New from article" switch, once there is data to add to. */
  readonly review: { readonly open: boolean; readonly toggle: () => void } | null;
  readonly download: { readonly model: CorpusModel; readonly positions: Int32Array } | null;
  /**
   * True while the events' texts are still coming (src/app/use-texts-arriving.ts): New from article,
   * Download and Share are shown but cannot be used yet (they read the events, or the version).
   */
  readonly waiting?: boolean;
  readonly share: ComponentProps<typeof ShareButton> | null;
  readonly panelOpen: boolean;
  readonly onTogglePanel: () => void;
}

const WAITING = "Ready once the events' details are in";

export function AppHeader({
  count,
  datasetId,
  openData,
  review,
  download,
  share,
  panelOpen,
  onTogglePanel,
  waiting = false,
}: AppHeaderProps) {
  return (
    <header className="dl-header">
      <h1 className="dl-brand">
        Dateline <span className="dl-brand__tag">news on the map</span>
      </h1>
      {count && (
        <p className="dl-header__count" data-testid="event-count" aria-live="polite">
          {groupDigits(count.shown)} of {groupDigits(count.total)} events
        </p>
      )}
      <DatasetSwitcher current={datasetId} />
      <OpenData {...openData} />
      {review && (
        <button
          id="dl-review-toggle"
          type="button"
          className="dl-header__button"
          aria-label="New from article"
          aria-expanded={review.open}
          onClick={review.toggle}
          disabled={waiting}
          title={waiting ? WAITING : undefined}
        >
          <span className="dl-label-long">New from article</span>
          <span className="dl-label-short">Article</span>
        </button>
      )}
      {download &&
        (waiting ? (
          <div className="dl-download">
            <button type="button" className="dl-download__toggle" disabled title={WAITING}>
              Download
            </button>
          </div>
        ) : (
          <DownloadMenu model={download.model} positions={download.positions} />
        ))}
      {share &&
        (waiting ? (
          <button type="button" className="dl-header__button" disabled title={WAITING}>
            Share
          </button>
        ) : (
          <ShareButton {...share} />
        ))}
      <button
        type="button"
        className="dl-header__button dl-panel-toggle"
        aria-expanded={panelOpen}
        aria-controls="dl-panel"
        onClick={onTogglePanel}
      >
        {panelOpen ? 'Map' : 'List'}
      </button>
    </header>
  );
}
