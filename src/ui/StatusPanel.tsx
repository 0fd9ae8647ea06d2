// Loading and error states over the map.
export function LoadingPanel({ what }: { what: string }) {
  return (
    <div className="dl-status" role="status" aria-live="polite">
      <span className="dl-spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

export function ErrorPanel({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="dl-status dl-status--error" role="alert">
      <strong>Something went wrong.</strong>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
