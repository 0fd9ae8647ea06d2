// Width of an element in CSS pixels, kept current with a ResizeObserver. jsdom and old browsers
// have no ResizeObserver; they keep the fallback width.
import { type RefObject, useLayoutEffect, useState } from 'react';

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(
    function observeWidth() {
      const element = ref.current;
      if (!element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const next = entries[0]?.contentRect.width;
        if (next) setWidth(Math.round(next));
      });
      observer.observe(element);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [ref],
  );
  return width;
}
