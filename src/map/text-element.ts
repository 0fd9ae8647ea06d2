// Tooltips get a DOM node with textContent, never an HTML string built from data.
export function textElement(text: string, className?: string): HTMLElement {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.textContent = text;
  return el;
}
