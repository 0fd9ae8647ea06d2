// Where a whole-app redraw's time goes (bench-scale --breakdown): the page's messages to and from the
// corpus worker are timed by a script that runs before the app's (it wraps Worker), and the redraw
// itself marks the click, the count's change (a MutationObserver fires in the commit that changes it)
// and the second frame after. Phases, in milliseconds:
//   click   — from the click to the view request posted (the click's own render and effects)
//   worker  — from the request to its answer arriving on the page (query, transfer, and any wait for the
//             page's main thread)
//   render  — from the answer to the commit that changes the count (React's render and commit)
//   frames  — from that commit to the second frame after it (effects: the map's canvas and areas; style,
//             layout and paint)

export const PHASES = ['click', 'worker', 'render', 'frames'] as const;
export type Phase = (typeof PHASES)[number];

/** Runs in the page before the app: logs when a view request is posted and when its answer arrives. */
export const PHASE_PROBE = `(() => {
  const log = [];
  window.__viewMessages = log;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'view') log.push({ kind: 'ask', t: performance.now() });
    return post.call(this, message, ...rest);
  };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'view') log.push({ kind: 'answer', t: performance.now() });
      });
    }
  };
})();`;

/**
 * In-page code as text (tsx would wrap named helpers in a __name() the page does not have). Unticks (or
 * ticks) the first topic; resolves with the time from the click to the second animation frame after the
 * event count changes, and the phases above when the probe is in the page.
 */
export const REDRAW = `new Promise((resolve) => {
  const box = document.querySelectorAll('.dl-filters input[type="checkbox"]')[0];
  const counter = document.querySelector('[data-testid="event-count"]');
  const before = counter.textContent;
  const log = window.__viewMessages;
  const from = log ? log.length : 0;
  let changed = 0;
  const observer = new MutationObserver(() => {
    if (!changed && counter.textContent !== before) changed = performance.now();
  });
  observer.observe(counter, { childList: true, characterData: true, subtree: true });
  const start = performance.now();
  box.click();
  const wait = () => {
    if (counter.textContent === before) return requestAnimationFrame(wait);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const end = performance.now();
        observer.disconnect();
        const mine = log ? log.slice(from) : [];
        const ask = mine.find((m) => m.kind === 'ask');
        const answer = [...mine].reverse().find((m) => m.kind === 'answer' && m.t <= (changed || end));
        const phases =
          ask && answer && changed
            ? { click: ask.t - start, worker: answer.t - ask.t, render: changed - answer.t, frames: end - changed }
            : null;
        resolve({ ms: end - start, phases });
      }),
    );
  };
  requestAnimationFrame(wait);
})`;

export interface Redraw {
  readonly ms: number;
  readonly phases: Readonly<Record<Phase, number>> | null;
}
