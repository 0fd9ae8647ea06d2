export function EmptyState({ onReset }: { onReset: () => void }) {
  return (
    <div className="dl-empty" role="status">
      <p>No events match these filters.</p>
      <button type="button" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}
