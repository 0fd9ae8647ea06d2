// Animation frames in Node for the tests: requestAnimationFrame callbacks run only when the test says the
// browser paints (timers are the test's own, e.g. vi.useFakeTimers()). Undo with vi.unstubAllGlobals().
import { vi } from 'vitest';

/** Animation frames run only when the test says the browser paints. */
export function frames() {
  let next = 1;
  const queued = new Map<number, () => void>();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    queued.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
  return {
    paint() {
      const now = [...queued.values()];
      queued.clear();
      for (const callback of now) callback();
    },
  };
}
