// Loading and error states over the map (or, inline, in a panel or dialog).
import { groupDigits } from '../core/group-digits';
import type { LoadProgress } from '../load/load-corpus';

const PHASES: Record<LoadProgress['phase'], string> = {
  reading: 'Reading',
  converting: 'Converting rows',
  checking: 'Checking records',
  indexing: 'Building the event index',
  receiving: 'Receiving',
  downloading: 'Downloading',
};

const kB = (bytes: number) => `${groupDigits(Math.ceil(bytes / 1024))} KB`;

export function LoadingPanel({
  what,
  progress,
  inline = false,
}: {
  what: string;
  progress?: LoadProgress | null;
  /** In the flow of a panel or dialog, where it stands, instead of centred over the map. */
  inline?: boolean;
}) {
  // A spinner only while there is no bar to show: its animation is drawn 60 times a second, which on a
  // machine that composites in software took ~1.6 s of CPU during a 10 s import (beside the worker).
  const measured = progress != null && progress.total > 0;
  return (
    <div className={inline ? 'dl-status dl-status--inline' : 'dl-status'} role="status" aria-live="polite">
      {!measured && <span className="dl-spinner" aria-hidden="true" />}
      Loading {what}…
      {progress && (
        <span className="dl-status__progress">
          {PHASES[progress.phase]}
          {progress.phase === 'downloading' && ` ${kB(progress.done)}`}
          {progress.total > 0 && (
            <>
              {' '}
              <progress max={progress.total} value={progress.done} aria-label={`Loading ${what}`} />{' '}
              {progress.phase === 'downloading'
                ? `of ${kB(progress.total)}`
                : progress.phase === 'converting'
                  ? `${progress.done} %`
                  : `${groupDigits(progress.done)} of ${groupDigits(progress.total)}`}
            </>
          )}
        </span>
      )}
    </div>
  );
}

export function ErrorPanel({
  message,
  onRetry,
  fallbackHref,
  title = 'Something went wrong.',
}: {
  message: string;
  /** Offers "Try again"; absent where trying again cannot help (a dataset this browser does not have). */
  onRetry?: (() => void) | undefined;
  /** Where the bundled corpus opens instead (when the failing data was an imported dataset). */
  fallbackHref?: string | null;
  title?: string;
}) {
  return (
    <div className="dl-status dl-status--error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {fallbackHref && (
        <a className="dl-status__fallback" href={fallbackHref}>
          Open the bundled corpus
        </a>
      )}
    </div>
  );
}
