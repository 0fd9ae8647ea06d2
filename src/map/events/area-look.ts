// How a shaded area looks: fill opacity by its share of events, and the two classes that carry its
// colour and opacity (rules in one shared style sheet), so a redraw changes one attribute per path.

/**
 * Fill opacity in [0.12, 0.4], by the square root of the share of the busiest area: light enough that
 * a large country (Russia fills much of the default view) tints the map instead of painting it over.
 */
const MIN_OPACITY = 0.12;
const OPACITY_RANGE = 0.28;
export function areaOpacity(count: number, max: number): number {
  return MIN_OPACITY + OPACITY_RANGE * Math.sqrt(count / Math.max(1, max));
}

/** Opacity steps of the classes: 0.01 apart, indistinguishable on screen. */
const OPACITY_STEP = 0.01;
let sheet: CSSStyleSheet | null = null;
const colorClasses = new Map<string, string>();

function styleSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  // A constructed sheet, not a <style> element: the Content-Security-Policy allows no inline styles.
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (let k = 0; k <= Math.round(OPACITY_RANGE / OPACITY_STEP); k++)
    sheet.insertRule(
      `.dl-area-o${k} { fill-opacity: ${(MIN_OPACITY + k * OPACITY_STEP).toFixed(2)}; }`,
      sheet.cssRules.length,
    );
  return sheet;
}

function opacityClass(opacity: number): string {
  styleSheet();
  return `dl-area-o${Math.round((opacity - MIN_OPACITY) / OPACITY_STEP)}`;
}

/** A class that fills and strokes in `color`, its rule added to the shared sheet on first use. */
function colorClass(color: string): string {
  let name = colorClasses.get(color);
  if (name) return name;
  name = `dl-area-c${colorClasses.size}`;
  const css = styleSheet();
  // Through the CSSOM, so a colour from the corpus is a value and never more CSS.
  const rule = css.cssRules[css.insertRule(`.${name} {}`, css.cssRules.length)] as CSSStyleRule;
  rule.style.setProperty('fill', color);
  rule.style.setProperty('stroke', color);
  colorClasses.set(color, name);
  return name;
}

/** The colour and opacity classes of an area, e.g. "dl-area-c2 dl-area-o17". */
export function lookClasses(color: string, opacity: number): string {
  return `${colorClass(color)} ${opacityClass(opacity)}`;
}
