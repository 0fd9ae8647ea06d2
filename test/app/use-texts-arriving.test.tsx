// @vitest-environment jsdom
// While a model's texts arrive after it opens (src/work/corpus-worker.ts), what shows an event's details
// waits and says how far they are: the hook follows each chunk, and ends once every text is in. The
// header keeps New from article, Download and Share in place, disabled, until then.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHeader } from '../../src/app/AppHeader';
import { useTextsArriving } from '../../src/app/use-texts-arriving';
import { buildIdTable, joinTexts } from '../../src/core/event-texts';
import { EventTexts, textsArriving } from '../../src/core/lazy-events';
import type { CorpusModel } from '../../src/core/model';

afterEach(cleanup);

function Probe({ model }: { model: CorpusModel | null }) {
  const arriving = useTextsArriving(model);
  return <p data-testid="probe">{arriving ? `${arriving.received} of ${arriving.total}` : 'all in'}</p>;
}

const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const chunk = (list: readonly string[]) => joinTexts(list.map((id) => JSON.stringify({ id })));

describe('useTextsArriving', () => {
  it('counts the texts as they come, events and sources together, and ends once all are in', async () => {
    const events = new EventTexts();
    const sources = new EventTexts();
    events.index(buildIdTable(ids(5, 'e')));
    sources.index(buildIdTable(ids(2, 's')));
    const model = { arriving: textsArriving([events, sources]) } as unknown as CorpusModel;
    render(<Probe model={model} />);
    const probe = () => screen.getByTestId('probe').textContent;
    expect(probe()).toBe('0 of 7');
    act(() => events.add(chunk(ids(3, 'e'))));
    expect(probe()).toBe('3 of 7');
    act(() => events.add(chunk(ids(5, 'e').slice(3))));
    expect(probe()).toBe('5 of 7');
    await act(async () => {
      sources.add(chunk(ids(2, 's')));
      await model.arriving?.complete;
    });
    expect(probe()).toBe('all in');
  });

  it('is all in at once for a model that never waited, and for none', () => {
    render(<Probe model={{} as CorpusModel} />);
    expect(screen.getByTestId('probe').textContent).toBe('all in');
    cleanup();
    render(<Probe model={null} />);
    expect(screen.getByTestId('probe').textContent).toBe('all in');
  });
});

describe('AppHeader while the texts arrive', () => {
  const props = {
    count: null,
    datasetId: null,
    openData: { state: { status: 'idle' }, onImport: () => {}, onCancel: () => {}, incoming: null },
    review: { open: false, toggle: () => {} },
    download: { model: {} as CorpusModel, positions: new Int32Array(0) },
    share: { link: 'http://x/', embedLink: 'http://x/', localDataset: null, dataAddress: null },
    panelOpen: false,
    onTogglePanel: () => {},
  } as unknown as Parameters<typeof AppHeader>[0];

  it('shows New from article, Download and Share disabled, with why', () => {
    render(<AppHeader {...props} waiting />);
    for (const name of ['New from article', 'Download', 'Share']) {
      const button = screen.getByRole('button', { name });
      expect((button as HTMLButtonElement).disabled, name).toBe(true);
      if (name !== 'New from article') expect(button.title).toMatch(/details are in/);
    }
  });
});
