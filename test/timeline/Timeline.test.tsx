// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusModel } from '../../src/core/model';
import { Timeline, type TimelineProps, type TimelineWindow } from '../../src/timeline';
import { allPositions, day, timelineModel } from '../core/timeline/fixture';

// 1 January to 31 March 2008 (91 days): the timeline bins by day.
const model = timelineModel([
  { start: '2008-01-01' },
  { start: '2008-02', precision: 'month', topics: ['conflict'] },
  { start: '2008-03-20', status: 'planned', title: 'Planned summit' },
  { start: '2008-03-31' },
]);

function setup(props: Partial<TimelineProps> & { model?: CorpusModel } = {}) {
  const onWindowChange = vi.fn<(w: TimelineWindow | null) => void>();
  const onPlayChange = vi.fn<(p: 'window' | 'cumulative' | null) => void>();
  const m = props.model ?? model;
  const all: TimelineProps = {
    model: m,
    positions: allPositions(m),
    window: null,
    play: null,
    onWindowChange,
    onPlayChange,
    ...props,
  };
  const view = render(
    <StrictMode>
      <Timeline {...all} />
    </StrictMode>,
  );
  return { ...view, onWindowChange, onPlayChange };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Timeline', () => {
  it('renders a labelled strip with two range sliders', () => {
    setup({ window: { from: day('2008-01-10'), to: day('2008-02-10') } });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeTruthy();
    const start = screen.getByRole('slider', { name: 'Start of date range' });
    expect(start.getAttribute('aria-valuenow')).toBe(String(day('2008-01-10')));
    expect(start.getAttribute('aria-valuetext')).toBe('10 Jan 2008');
    expect(screen.getByRole('slider', { name: 'End of date range' }).getAttribute('aria-valuetext')).toBe(
      '10 Feb 2008',
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Events per day, 1 Jan 2008 – 31 Mar 2008',
    );
  });

  it('moves a handle by one bin with the arrow keys, ten with Shift', () => {
    const window = { from: day('2008-01-10'), to: day('2008-02-10') };
    const { onWindowChange } = setup({ window });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Start of date range' }), { key: 'ArrowRight' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: window.from + 1, to: window.to });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'End of date range' }), {
      key: 'ArrowLeft',
      shiftKey: true,
    });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: window.from, to: window.to - 10 });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'End of date range' }), { key: 'End' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: window.from, to: day('2008-03-31') });
  });

  it('moves by a whole calendar bin when the axis is binned by month', () => {
    const long = timelineModel([{ start: '2008-01-01' }, { start: '2010-12-31' }]);
    const window = { from: day('2008-03-01'), to: day('2008-05-31') };
    const { onWindowChange } = setup({ model: long, window });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'End of date range' }), { key: 'ArrowRight' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: window.from, to: day('2008-06-30') });
  });

  it('writes typed dates as the window on Enter or blur', () => {
    const { onWindowChange } = setup();
    const from = screen.getByLabelText('From date') as HTMLInputElement;
    const to = screen.getByLabelText('To date') as HTMLInputElement;
    expect(from.value).toBe('1 Jan 2008'); // the app's one date format
    fireEvent.change(from, { target: { value: '1 Feb 2008' } });
    expect(onWindowChange).not.toHaveBeenCalled(); // nothing applies while typing
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: day('2008-02-01'), to: day('2008-03-31') });
    fireEvent.change(to, { target: { value: '2008-01-15' } });
    fireEvent.blur(to);
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: day('2008-01-01'), to: day('2008-01-15') });
  });

  it('never applies a partial year (typing "0002" reset the window)', () => {
    const { onWindowChange } = setup();
    const from = screen.getByLabelText('From date') as HTMLInputElement;
    for (const partial of ['0', '00', '000', '0002', '14 Nov 200']) {
      fireEvent.change(from, { target: { value: partial } });
      fireEvent.keyDown(from, { key: 'Enter' });
    }
    expect(from.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(from);
    expect(onWindowChange).not.toHaveBeenCalled();
    expect(from.value).toBe('1 Jan 2008'); // leaving an unfinished date puts the window's date back
  });

  it('toggles playback with the play button', () => {
    const window = { from: day('2008-01-01'), to: day('2008-01-10') };
    const { onPlayChange, rerender } = setup({ window });
    const button = screen.getByRole('button', { name: /Play/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onPlayChange).toHaveBeenLastCalledWith('window');
    rerender(
      <StrictMode>
        <Timeline
          model={model}
          positions={allPositions(model)}
          window={window}
          play="window"
          onWindowChange={() => {}}
          onPlayChange={onPlayChange}
        />
      </StrictMode>,
    );
    const pause = screen.getByRole('button', { name: /Pause/ });
    expect(pause.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pause);
    expect(onPlayChange).toHaveBeenLastCalledWith(null);
  });

  it('starts cumulative playback from the first bin when the whole range is selected', () => {
    const { onWindowChange, onPlayChange } = setup();
    fireEvent.change(screen.getByLabelText('Playback mode'), { target: { value: 'cumulative' } });
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: day('2008-01-01'), to: day('2008-01-01') });
    expect(onPlayChange).toHaveBeenLastCalledWith('cumulative');
  });

  it('steps while playing and stops at the end', () => {
    vi.useFakeTimers();
    const window = { from: day('2008-03-20'), to: day('2008-03-29') };
    const { onWindowChange, onPlayChange } = setup({ window, play: 'window' });
    act(() => vi.advanceTimersByTime(1000));
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: window.from + 1, to: window.to + 1 });
    cleanup();
    const atEnd = setup({ window: { from: day('2008-03-22'), to: day('2008-03-31') }, play: 'window' });
    act(() => vi.advanceTimersByTime(1000));
    expect(atEnd.onPlayChange).toHaveBeenCalledWith(null);
    expect(onPlayChange).not.toHaveBeenCalled();
  });

  it('zooms the time axis and fits it back to the data', () => {
    setup();
    const chart = screen.getByRole('img');
    const fitted = chart.getAttribute('aria-label');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in time' }));
    expect(chart.getAttribute('aria-label')).not.toBe(fitted);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out time' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in time' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fit to data' }));
    expect(chart.getAttribute('aria-label')).toBe(fitted);
  });

  it('marks planned events under the axis', () => {
    const { container } = setup();
    const titles = Array.from(
      container.querySelectorAll('.dl-timeline__markers title'),
      (t) => t.textContent,
    );
    expect(titles).toEqual(['20 Mar 2008: 1 planned or future event: Planned summit']);
  });

  it('tells a bar its bin and count, counting imprecise dates', () => {
    const { container } = setup();
    const titles = Array.from(container.querySelectorAll('.dl-timeline__bin title'), (t) => t.textContent);
    expect(titles[0]).toBe('1 Jan 2008: 1 event');
    expect(titles[31]).toBe('1 Feb 2008: 0 events');
  });

  it('puts loop, mode, speed and zoom behind one "More" toggle that names what it shows', () => {
    const { container } = setup();
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const controlled = (more.getAttribute('aria-controls') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(controlled).toHaveLength(2);
    const [options, zoom] = controlled;
    expect(options?.querySelector('[aria-label="Playback speed"]')).toBeTruthy();
    expect(options?.querySelector('[aria-label="Playback mode"]')).toBeTruthy();
    expect(zoom?.querySelector('[aria-label="Zoom in time"]')).toBeTruthy();
    const strip = container.querySelector('.dl-timeline__controls');
    expect(strip?.classList.contains('is-more-open')).toBe(false);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(strip?.classList.contains('is-more-open')).toBe(true);
    fireEvent.click(more);
    expect(strip?.classList.contains('is-more-open')).toBe(false);
  });

  it('gives an example of what to type from the data’s own dates, not a fixed 2008 day', () => {
    const { container } = setup();
    const hint = container.querySelector('.dl-timeline__hint')?.textContent ?? '';
    expect(hint).toContain('Type 31 Mar 2008 or 2008-03-31, then Enter.');
    cleanup();
    const later = timelineModel([{ start: '2024-01-05' }, { start: '2024-02-20' }]);
    const other = setup({ model: later });
    expect(other.container.querySelector('.dl-timeline__hint')?.textContent).toContain(
      'Type 20 Feb 2024 or 2024-02-20, then Enter.',
    );
  });
});
