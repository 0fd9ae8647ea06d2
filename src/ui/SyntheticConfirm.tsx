// Asks before a link builds a big synthetic corpus (`?synthetic=N` above 100,000 events).
import { groupDigits } from '../core/group-digits';
import { SYNTHETIC_BYTES_PER_EVENT } from '../load/load-corpus';

export function SyntheticConfirm({ size, onConfirm }: { size: number; onConfirm: () => void }) {
  const megabytes = Math.round((size * SYNTHETIC_BYTES_PER_EVENT) / 1e6);
  return (
    <div className="dl-status" role="alertdialog" aria-label="Build a synthetic corpus?">
      <p>
        This link builds a synthetic test corpus of {groupDigits(size)} events. It can take about{' '}
        {groupDigits(megabytes)} MB of memory and some seconds of work in this tab.
      </p>
      <p>
        <button type="button" onClick={onConfirm}>
          Build {groupDigits(size)} events
        </button>{' '}
        <a href={window.location.pathname}>Open the bundled corpus instead</a>
      </p>
    </div>
  );
}
