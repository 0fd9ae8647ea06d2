// Gestures on the histogram: the wheel zooms the time axis around the pointer, a drag pans it,
// and a click without a drag selects the bin under the pointer.
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
      drag.current = { x: event.clientX, moved: false };
    },
    onPointerMove(event) {
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
      const current = drag.current;
      drag.current = null;
      if (!current || current.moved) return;
      const { startDay, endDay, onPick } = latest.current;
      onPick(Math.floor(dayAt(event.currentTarget, event.clientX, startDay, endDay)));
    },
    onPointerCancel() {
      drag.current = null;
    },
  };
}
