// @vitest-environment jsdom
// The popup of a spot with several events lists them as buttons, focused on the first. While their
// texts are still coming it says so, keeps focus in the list, and fills in once they are in.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../../src/core/types';
import { SpotEventList } from '../../../src/map/events/SpotEventList';
import { TITLES_LOADING } from '../../../src/map/events/types';
import { EVENTS } from '../../core/aggregate/fixture';

afterEach(cleanup);

const events: readonly NewsEvent[] = EVENTS.slice(0, 3);
const noop = () => {};

describe('SpotEventList', () => {
  it('lists the events, focused on the first, and counts the rest', () => {
    render(<SpotEventList name="Nice" events={events} total={3400} onChoose={noop} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.dl-event-list__name')?.textContent)).toEqual(
      events.map((e) => e.title),
    );
    expect(document.activeElement).toBe(buttons[0]);
    expect(screen.getByText('and 3,397 more: narrow the filters to see them.')).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('Nice: 3,400 events');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the details are loading, then fills in and moves focus to the first event', () => {
    const { rerender } = render(<SpotEventList name="Nice" events={[]} total={3} loading onChoose={noop} />);
    expect(screen.getByRole('status').textContent).toBe(TITLES_LOADING);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    // Not "and 3 more": none is hidden by the filters, they are on their way.
    expect(screen.queryByText(/more: narrow the filters/)).toBeNull();
    const list = screen.getByRole('region', { name: 'Events at Nice' });
    expect(document.activeElement).toBe(list);
    act(() => rerender(<SpotEventList name="Nice" events={events} total={3} onChoose={noop} />));
    expect(screen.queryByRole('status')).toBeNull();
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('leaves focus where the reader moved it while the details were loading', () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    const { rerender } = render(<SpotEventList name="Nice" events={[]} total={3} loading onChoose={noop} />);
    elsewhere.focus();
    act(() => rerender(<SpotEventList name="Nice" events={events} total={3} onChoose={noop} />));
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
