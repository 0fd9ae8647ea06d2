// The data hosts this person has allowed `?data=` links to fetch from, kept in this browser's
// localStorage. The page's Content-Security-Policy is written from the same list before the app runs
// (src/app/csp.ts), so a change takes effect when the page reloads.
import { DATA_HOSTS_KEY, isNameableOrigin } from '../core/data-url';

export function confirmedOrigins(): readonly string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(DATA_HOSTS_KEY) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((o): o is string => typeof o === 'string' && isNameableOrigin(o))
      : [];
  } catch {
    return [];
  }
}

function write(origins: readonly string[]): boolean {
  try {
    localStorage.setItem(DATA_HOSTS_KEY, JSON.stringify([...new Set(origins)].sort()));
    return true;
  } catch {
    return false;
  }
}

/** Remembers `origin`; false when this browser keeps nothing (the host then cannot be allowed). */
export function confirmOrigin(origin: string): boolean {
  return isNameableOrigin(origin) && write([...confirmedOrigins(), origin]);
}

export function forgetOrigin(origin: string): void {
  write(confirmedOrigins().filter((o) => o !== origin));
}
