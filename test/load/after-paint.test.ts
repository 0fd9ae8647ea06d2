// The labels of a filter change are placed after the frame that shows the spots (the redraw took their
// layout, and the forced page layout of measuring the map's controls, inside the frame): once, however
// often asked before it, and never after a cancel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/load/after-paint';
import { frames } from './frames';

describe('afterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in the task after the next paint, not before it, and once for many asks', () => {
    const browser = frames();
    const run = vi.fn();
    const later = afterNextPaint(run);
    later.request();
    later.request();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    browser.paint();
    later.request();
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
    later.request();
    browser.paint();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('waits for as many paints as asked', () => {
    const browser = frames();
    const run = vi.fn();
    const later = afterNextPaint(run, 2);
    later.request();
    browser.paint();
    vi.runAllTimers();
    later.request();
    expect(run).not.toHaveBeenCalled();
    browser.paint();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, before or after the paint', () => {
    const browser = frames();
    const run = vi.fn();
    const later = afterNextPaint(run);
    later.request();
    later.cancel();
    browser.paint();
    vi.runAllTimers();
    later.request();
    browser.paint();
    later.cancel();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});
