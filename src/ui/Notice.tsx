/** A small dismissible notice, e.g. for parts of a link that were ignored. Text only. */
export function Notice({
  children,
  onDismiss,
  label,
}: {
  children: string;
  onDismiss: () => void;
  label: string;
}) {
  return (
    <div className="dl-notice dl-notice--info dl-notice--top" role="status" aria-label={label}>
      <span>{children}</span>
      <button type="button" className="dl-notice__close" onClick={onDismiss} aria-label={`Dismiss: ${label}`}>
        ×
      </button>
    </div>
  );
}
