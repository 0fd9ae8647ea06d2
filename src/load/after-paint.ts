// Work that can wait for the screen: run once after the next paint (or the next few), coalescing calls
// made before it. A filter change shows its count, list and map first; the place names follow in the task
// after the frame that shows the spots, where the page's layout is already clean (measuring the map's
// controls then costs no forced layout), and the timeline's new histogram is asked for once the map's
// canvases are painted (src/load/view-querier.ts).

export interface AfterPaint {
  /** Asks for one run after the paint; more asks before it run it once. */
  request(): void;
  /** Drops a run that was asked for and has not happened. */
  cancel(): void;
}

/** `run` in the task after the `paints`-th next paint (1: the next one). */
export function afterNextPaint(run: () => void, paints = 1): AfterPaint {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  function cancel() {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  }
  // An animation frame callback runs just before its paint; the task it queues, just after.
  function waitFor(left: number) {
    frame = requestAnimationFrame(() => {
      frame = null;
      if (left > 1) waitFor(left - 1);
      else
        timer = setTimeout(() => {
          timer = null;
          run();
        }, 0);
    });
  }
  return {
    request() {
      if (frame === null && timer === null) waitFor(paints);
    },
    cancel,
  };
}
