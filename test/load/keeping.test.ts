// @vitest-environment jsdom
// What the page knows of a just-imported dataset's copy while the worker writes it: keeping, then kept
// or failed with why; listeners told of each change; leaving the page asks first only while a copy is
// being written.
import { describe, expect, it } from 'vitest';
import type { Stored } from '../../src/load/dataset-store';
import { anyKeeping, keepSettled, keepState, subscribeToKeeps, trackKeep } from '../../src/load/keeping';

function deferred() {
  let settle: (value: Stored<unknown>) => void = () => {};
  const promise = new Promise<Stored<unknown>>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

/** Whether leaving the page now would ask first (a beforeunload listener cancels the event). */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keeping a just-imported dataset', () => {
  it('is keeping until the copy is written, then kept; leaving asks only meanwhile', async () => {
    const seen: (string | undefined)[] = [];
    const stop = subscribeToKeeps(() => seen.push(keepState('d1')?.status));
    const copy = deferred();
    expect(leavingAsks()).toBe(false);
    trackKeep('d1', 'acled.csv', copy.promise);
    expect(keepState('d1')).toEqual({ status: 'keeping', name: 'acled.csv' });
    expect(anyKeeping()).toBe(true);
    expect(leavingAsks()).toBe(true);
    copy.settle({ ok: true, value: null });
    await tick();
    expect(keepState('d1')).toEqual({ status: 'kept', name: 'acled.csv' });
    expect(anyKeeping()).toBe(false);
    expect(leavingAsks()).toBe(false);
    expect(seen).toEqual(['keeping', 'kept']);
    stop();
    expect(keepState('other')).toBeNull();
    expect(keepState(null)).toBeNull();
  });

  it('says why a copy could not be written, and asks before leaving while any other is still written', async () => {
    const full = deferred();
    const slow = deferred();
    trackKeep('d2', 'ucdp.csv', full.promise);
    trackKeep('d3', 'gdelt.csv', slow.promise);
    full.settle({ ok: false, error: 'Could not keep “ucdp.csv”: the storage is full.' });
    await tick();
    expect(keepState('d2')).toEqual({
      status: 'failed',
      name: 'ucdp.csv',
      error: 'Could not keep “ucdp.csv”: the storage is full.',
    });
    expect(leavingAsks()).toBe(true);
    slow.settle({ ok: true, value: null });
    await tick();
    expect(leavingAsks()).toBe(false);
  });

  it('lets a reader wait until a copy is written, and not at all for a dataset not being written', async () => {
    let settledAt = '';
    await keepSettled('never-imported').then(() => {
      settledAt = 'at once';
    });
    expect(settledAt).toBe('at once');
    const copy = deferred();
    trackKeep('d4', 'events.geojson', copy.promise);
    let read = false;
    const reading = keepSettled('d4').then(() => {
      read = true;
    });
    await tick();
    expect(read).toBe(false);
    copy.settle({ ok: true, value: null });
    await reading;
    expect(read).toBe(true);
  });
});
