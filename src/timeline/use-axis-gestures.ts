// Gestures on the histogram: the wheel or a two-finger pinch zooms the time axis around the
// pointer(s), a drag pans it, and a click without a drag selects the bin under the pointer.
import { type PointerEvent as ReactPointerEvent, type RefObject, useEffect, useRef } from 'react';

/** Pointer travel (px) below which a press counts as a click, not a drag. */
const CLICK_SLOP = 4;
/** Zoom factor per wheel notch: < 1 zooms in. */
const WHEEL_ZOOM = 0.8;

interface AxisGestures {
  /** Day at the left edge and the day after the right edge of the drawn axis. */
  readonly startDay: number;
  readonly endDay: number;
  /** Pan by whole days; called repeatedly during a drag with the change since the last call. */
  onPanBy(deltaDays: number): void;
  onZoom(factor: number, centerDay: number): void;
  onPick(day: number): void;
}

export interface AxisHandlers {
  onPointerDown(event: ReactPointerEvent<Element>): void;
  onPointerMove(event: ReactPointerEvent<Element>): void;
  onPointerUp(event: ReactPointerEvent<Element>): void;
  onPointerCancel(): void;
}

function dayAt(element: Element, clientX: number, startDay: number, endDay: number): number {
  const rect = element.getBoundingClientRect();
  const ratio = rect.width > 0 ? (clientX - rect.left) / rect.width : 0.5;
  return startDay + Math.min(Math.max(ratio, 0), 1) * (endDay - startDay);
}

export function useAxisGestures(ref: RefObject<Element | null>, gestures: AxisGestures): AxisHandlers {
  const latest = useRef(gestures);
  useEffect(function keepLatest() {
    latest.current = gestures;
  });
  const drag = useRef<{ x: number; moved: boolean } | null>(null);
  /** Active touch pointers (id → clientX), and the spread between two of them at the last step. */
  const touches = useRef(new Map<number, number>());
  const pinchSpread = useRef<number | null>(null);

  /** Two pointers down: zoom by the change in their spread, around their midpoint. */
  function pinch(element: Element): boolean {
    if (touches.current.size !== 2) return false;
    const [a, b] = [...touches.current.values()] as [number, number];
    const spread = Math.abs(a - b);
    const previous = pinchSpread.current;
    pinchSpread.current = spread;
    if (previous !== null && spread > 0 && previous > 0 && Math.abs(spread - previous) >= 1) {
      const { startDay, endDay, onZoom } = latest.current;
      onZoom(previous / spread, dayAt(element, (a + b) / 2, startDay, endDay));
    }
    return true;
  }

  useEffect(
    function listenToWheel() {
      const element = ref.current;
      if (!element) return;
      // React's onWheel is passive, so it cannot stop the page from scrolling; this one can.
      function zoomOnWheel(event: Event) {
        if (!(event instanceof WheelEvent) || event.deltaY === 0 || !element) return;
        event.preventDefault();
        const { startDay, endDay, onZoom } = latest.current;
        onZoom(
          event.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM,
          dayAt(element, event.clientX, startDay, endDay),
        );
      }
      element.addEventListener('wheel', zoomOnWheel, { passive: false });
      return function stopListening() {
        element.removeEventListener('wheel', zoomOnWheel);
      };
    },
    [ref],
  );

  return {
    onPointerDown(event) {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      if (event.pointerType === 'touch') touches.current.set(event.pointerId, event.clientX);
      if (touches.current.size === 2) {
        drag.current = null; // a second finger turns the drag into a pinch
        pinchSpread.current = null;
        pinch(event.currentTarget);
        return;
      }
      drag.current = { x: event.clientX, moved: false };
    },
    onPointerMove(event) {
      if (touches.current.has(event.pointerId)) {
        touches.current.set(event.pointerId, event.clientX);
        if (pinch(event.currentTarget)) return;
      }
      const current = drag.current;
      if (!current) return;
      const dx = event.clientX - current.x;
      if (!current.moved && Math.abs(dx) < CLICK_SLOP) return;
      current.moved = true;
      const { startDay, endDay, onPanBy } = latest.current;
      const pxPerDay =
        (event.currentTarget.getBoundingClientRect().width || 1) / Math.max(1, endDay - startDay);
      const deltaDays = Math.trunc(dx / pxPerDay);
      if (deltaDays === 0) return;
      // Keep the unapplied fraction of a day so slow drags still pan.
      current.x += deltaDays * pxPerDay;
      onPanBy(-deltaDays);
    },
    onPointerUp(event) {
      touches.current.delete(event.pointerId);
      pinchSpread.current = null;
      const current = drag.current;
      drag.current = null;
      if (!current || current.moved) return;
      const { startDay, endDay, onPick } = latest.current;
      onPick(Math.floor(dayAt(event.currentTarget, event.clientX, startDay, endDay)));
    },
    onPointerCancel() {
      drag.current = null;
      touches.current.clear();
      pinchSpread.current = null;
    },
  };
}
