// STYLE.md §1: the core is pure. It imports nothing from React, Leaflet or the DOM layers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN_IMPORT =
  /from\s+['"](react|react-dom|react-dom\/client|leaflet|react-leaflet|@react-leaflet\/core)['"]|from\s+['"]\.\.\/(\.\.\/)?(map|ui|app|state|timeline|load)\//;
const DOM_GLOBALS =
  /\b(window\.(location|history|addEventListener|setTimeout|requestAnimationFrame|matchMedia)|document\.|localStorage\.|navigator\.)/;

describe('src/core is pure', () => {
  const sources = files('src/core');
  it('has modules to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it.each(sources)('%s imports no UI or DOM', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(FORBIDDEN_IMPORT);
    expect(text).not.toMatch(DOM_GLOBALS);
  });
  it('the check itself catches a forbidden import', () => {
    expect("import { map } from 'leaflet';").toMatch(FORBIDDEN_IMPORT);
    expect("import { x } from '../../map/BaseMap';").toMatch(FORBIDDEN_IMPORT);
    expect('const el = document.createElement("div");').toMatch(DOM_GLOBALS);
  });
});
