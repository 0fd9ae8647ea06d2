// Tooltips get a DOM node with textContent, never an HTML string built from data.
export function textElement(text: string, className?: string): HTMLElement {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.textContent = text;
  return el;
}

/** Longest piece of data text a tooltip shows (characters); longer text ends in "…". */
export const TOOLTIP_TEXT_MAX = 140;

/** Text cut to `max` characters (whole code points), with "…" when it was longer. */
export function clipText(text: string, max = TOOLTIP_TEXT_MAX): string {
  if (text.length <= max) return text;
  return `${Array.from(text).slice(0, max).join('')}…`;
}
