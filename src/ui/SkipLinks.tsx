// Skip links, the first Tab stops on the page: straight to the map, the event list or the timeline.
// Each moves focus itself (no #hash in the URL, which holds the view), and "list" first opens the
// phone's sheet, where the list is hidden until asked for.
import type { MouseEvent } from 'react';
import './skip-links.css';

const TARGETS = [
  { label: 'Skip to map', selector: '.dl-map' },
  { label: 'Skip to event list', selector: '.dl-list' },
  { label: 'Skip to timeline', selector: '.dl-timeline' },
] as const;

function focusFirst(selector: string): void {
  // No list when nothing matches the filters: the panel (with its reset button) then.
  const target =
    document.querySelector<HTMLElement>(selector) ??
    (selector === '.dl-list' ? document.querySelector<HTMLElement>('.dl-panel') : null);
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function SkipLinks({ onShowList }: { onShowList(): void }) {
  function go(event: MouseEvent<HTMLAnchorElement>, selector: string) {
    event.preventDefault();
    if (selector === '.dl-list') onShowList();
    // After React has applied the sheet's state (a discrete event's update flushes before timers).
    setTimeout(() => focusFirst(selector), 0);
  }
  return (
    <nav className="dl-skip" aria-label="Skip links">
      {TARGETS.map((t) => (
        <a
          key={t.label}
          className="dl-skip__link"
          href={`#${t.selector.slice(1)}`}
          onClick={(e) => go(e, t.selector)}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
