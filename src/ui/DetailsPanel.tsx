// The selected event's details beside the map: a card along the map's right edge on a desktop, a
// sheet along its bottom on a phone (details-panel.css). It overlays the map and says so with
// `data-map-cover`, so the map keeps the event's places in the part it does not cover. Escape or the
// close button closes it; Escape inside a dialog or an open list popup closes only that.
import './details-panel.css';
import { type ReactNode, useEffect, useRef } from 'react';

export interface DetailsPanelProps {
  /** Changes when another event opens: the panel scrolls back to its top. */
  readonly eventId: string;
  onClose(): void;
  readonly children: ReactNode;
}

export function DetailsPanel({ eventId, onClose, children }: DetailsPanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(function closeOnEscape() {
    // On window, so a handler nearer the target (the list, a list popup) handles its Escape first and
    // marks it handled.
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      onCloseRef.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new event is the trigger to scroll back up.
  useEffect(
    function scrollToTop() {
      body.current?.scrollTo?.({ top: 0 });
    },
    [eventId],
  );

  return (
    <section className="dl-details-panel" aria-label="Event details" data-map-cover="">
      <button
        type="button"
        className="dl-details-panel__close"
        aria-label="Close event details"
        title="Close (Esc)"
        onClick={() => onCloseRef.current()}
      >
        ×
      </button>
      <div ref={body} className="dl-details-panel__body">
        {children}
      </div>
    </section>
  );
}
