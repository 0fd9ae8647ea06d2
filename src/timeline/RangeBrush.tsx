// The date-range brush: two slider handles (keyboard: arrows move one bin, Shift ten, Home/End to
// the limits) and a middle bar that drags the whole window. Drags snap to bin boundaries.
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { type BinUnit, type DayRange, formatDay, panWindow, shiftByBins, snapToBin } from '../core/timeline';

interface RangeBrushProps {
  /** Day at the left edge and the day after the right edge of the drawn axis. */
  readonly startDay: number;
  readonly endDay: number;
  readonly selected: DayRange;
  readonly bounds: DayRange;
  readonly unit: BinUnit;
  onChange(next: DayRange): void;
}

type Part = 'start' | 'end' | 'middle';

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** Bins moved per key press: Shift (or Page keys) moves ten. */
function keySteps(event: KeyboardEvent): number | null {
  const many = event.shiftKey ? 10 : 1;
  const steps: Record<string, number> = {
    ArrowLeft: -many,
    ArrowDown: -many,
    ArrowRight: many,
    ArrowUp: many,
    PageDown: -10,
    PageUp: 10,
  };
  return steps[event.key] ?? null;
}

export function RangeBrush({ startDay, endDay, selected, bounds, unit, onChange }: RangeBrushProps) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<{ part: Part; x: number; window: DayRange } | null>(null);
  const percent = (day: number) => clamp(((day - startDay) / (endDay - startDay)) * 100, 0, 100);
  const left = percent(selected.from);
  const right = percent(selected.to + 1);

  function change(next: DayRange) {
    if (next.from !== selected.from || next.to !== selected.to) onChange(next);
  }

  function moveStart(from: number) {
    change({ from: clamp(from, bounds.from, selected.to), to: selected.to });
  }

  function moveEnd(to: number) {
    change({ from: selected.from, to: clamp(to, selected.from, bounds.to) });
  }

  function onKeyDown(part: 'start' | 'end', event: KeyboardEvent) {
    const steps = keySteps(event);
    if (steps !== null) {
      if (part === 'start') moveStart(shiftByBins(selected.from, unit, steps));
      else moveEnd(shiftByBins(selected.to + 1, unit, steps) - 1);
    } else if (event.key === 'Home') {
      if (part === 'start') moveStart(bounds.from);
      else moveEnd(selected.from);
    } else if (event.key === 'End') {
      if (part === 'start') moveStart(selected.to);
      else moveEnd(bounds.to);
    } else return;
    event.preventDefault();
  }

  function dayAt(clientX: number): number {
    const rect = track.current?.getBoundingClientRect();
    const ratio = rect && rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return Math.round(startDay + ratio * (endDay - startDay));
  }

  function onPointerDown(part: Part, event: PointerEvent<HTMLElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { part, x: event.clientX, window: selected };
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current) return;
    if (current.part === 'start') moveStart(snapToBin(dayAt(event.clientX), unit, 'start'));
    else if (current.part === 'end') moveEnd(snapToBin(dayAt(event.clientX), unit, 'end'));
    else {
      const shifted = current.window.from + dayAt(event.clientX) - dayAt(current.x);
      change(panWindow(current.window, snapToBin(shifted, unit, 'start') - current.window.from, bounds));
    }
  }

  function onPointerEnd() {
    drag.current = null;
  }

  const pointer = (part: Part) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => onPointerDown(part, event),
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
  });

  return (
    <div className="dl-timeline__brush" ref={track}>
      <div
        className="dl-timeline__range"
        style={{ left: `${left}%`, width: `${Math.max(0, right - left)}%` }}
        title="Drag to move the date range"
        {...pointer('middle')}
      />
      <div
        className="dl-timeline__handle dl-timeline__handle--start"
        style={{ left: `${left}%` }}
        role="slider"
        tabIndex={0}
        aria-label="Start of date range"
        aria-valuemin={bounds.from}
        aria-valuemax={selected.to}
        aria-valuenow={selected.from}
        aria-valuetext={formatDay(selected.from)}
        onKeyDown={(event) => onKeyDown('start', event)}
        {...pointer('start')}
      />
      <div
        className="dl-timeline__handle dl-timeline__handle--end"
        style={{ left: `${right}%` }}
        role="slider"
        tabIndex={0}
        aria-label="End of date range"
        aria-valuemin={selected.from}
        aria-valuemax={bounds.to}
        aria-valuenow={selected.to}
        aria-valuetext={formatDay(selected.to)}
        onKeyDown={(event) => onKeyDown('end', event)}
        {...pointer('end')}
      />
    </div>
  );
}
