// Adds a definition (pattern, marker) to a Leaflet SVG renderer's root once, by id.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with its attributes and children. */
export function svgElement(
  tag: string,
  attributes: Record<string, string>,
  children: Element[] = [],
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Puts `build()` inside a <defs> at the top of `root`, unless an element with `id` is already there. */
export function ensureSvgDef(root: SVGSVGElement, id: string, build: () => SVGElement): void {
  if (root.querySelector(`#${id}`)) return;
  const def = build();
  def.setAttribute('id', id);
  root.prepend(svgElement('defs', {}, [def]));
}
