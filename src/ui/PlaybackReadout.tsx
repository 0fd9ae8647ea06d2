// The large date readout over the map while playback runs, and the quiet "no events in this step"
// state (an empty step is normal while playing, not an error).
import './readout.css';
import { counted } from '../core/group-digits';
import { formatWindow } from '../core/timeline';

interface PlaybackReadoutProps {
  /** The window being shown (day numbers, inclusive). */
  readonly from: number;
  readonly to: number;
  /** Events shown in this step. */
  readonly count: number;
}

export function PlaybackReadout({ from, to, count }: PlaybackReadoutProps) {
  return (
    <div className="dl-readout" data-testid="playback-readout">
      <p className="dl-readout__date">{formatWindow(from, to)}</p>
      <p className="dl-readout__count">{count === 0 ? 'No events in this step' : counted(count, 'event')}</p>
    </div>
  );
}
