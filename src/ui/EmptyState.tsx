export function EmptyState({ onReset, playing = false }: { onReset: () => void; playing?: boolean }) {
  // During playback an empty step is normal: say so, and offer no reset that would stop it.
  if (playing) {
    return (
      <div className="dl-empty dl-empty--step" role="status">
        <p>No events in this step.</p>
      </div>
    );
  }
  return (
    <div className="dl-empty" role="status">
      <p>No events match these filters.</p>
      <button type="button" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}
