// @vitest-environment jsdom
// The loading panel: a spinner while nothing is measured, a progress bar (and no spinner) once the
// phase has a total, with the phase and the count in words.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadingPanel } from '../../src/ui/StatusPanel';

afterEach(cleanup);

const spinners = (container: HTMLElement) => container.querySelectorAll('.dl-spinner').length;

describe('LoadingPanel', () => {
  it('spins while there is nothing to measure', () => {
    const { container } = render(<LoadingPanel what="acled.csv" />);
    expect(spinners(container)).toBe(1);
    expect(screen.getByRole('status').textContent).toBe('Loading acled.csv…');
    cleanup();
    const indexing = render(
      <LoadingPanel what="acled.csv" progress={{ phase: 'indexing', done: 0, total: 0 }} />,
    );
    expect(spinners(indexing.container)).toBe(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Building the event index');
  });

  it('shows a bar instead of the spinner once the phase has a total', () => {
    const { container } = render(
      <LoadingPanel what="acled.csv" progress={{ phase: 'converting', done: 45, total: 100 }} />,
    );
    expect(spinners(container)).toBe(0);
    const bar = screen.getByRole('progressbar', { name: 'Loading acled.csv' });
    expect(bar.getAttribute('value')).toBe('45');
    expect(screen.getByRole('status').textContent).toContain('Converting rows');
    expect(screen.getByRole('status').textContent).toContain('45 %');
    cleanup();
    render(<LoadingPanel what="acled.csv" progress={{ phase: 'receiving', done: 20000, total: 100000 }} />);
    expect(screen.getByRole('status').textContent).toContain('20,000 of 100,000');
  });
});
