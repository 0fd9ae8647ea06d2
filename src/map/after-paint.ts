// Work that can wait for the frame: run once after the next paint, coalescing calls made before it.
// A filter change repaints the spots, areas, list and counts in one frame; the place names follow in the
// task after it, where the page's layout is already clean (measuring the map's controls then costs no
// forced layout) and the frame is not held back by them.

export interface AfterPaint {
  /** Asks for one run after the next paint; more asks before it run it once. */
  request(): void;
  /** Drops a run that was asked for and has not happened. */
  cancel(): void;
}

export function afterNextPaint(run: () => void): AfterPaint {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  function cancel() {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  }
  return {
    request() {
      if (frame !== null || timer !== null) return;
      // The animation frame callback runs just before the paint; the task it queues, just after.
      frame = requestAnimationFrame(() => {
        frame = null;
        timer = setTimeout(() => {
          timer = null;
          run();
        }, 0);
      });
    },
    cancel,
  };
}
