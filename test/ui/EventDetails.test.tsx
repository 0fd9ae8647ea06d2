// @vitest-environment jsdom
// The popup renders data as text: markup in a title stays text, and only http(s) links are links.
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusModel } from '../../src/core/model';
import type { Corpus } from '../../src/core/types';
import { validateCorpus } from '../../src/core/validate';
import { EventDetails } from '../../src/ui/EventDetails';
import { copyCorpus, copyPlaces } from '../fixtures/mini-corpus';

afterEach(cleanup);

function model(edit: (c: ReturnType<typeof copyCorpus>) => void = () => {}) {
  const corpus = copyCorpus();
  edit(corpus);
  const { value, problems } = validateCorpus({
    corpus: { file: 'c', json: corpus },
    places: { file: 'p', json: copyPlaces() },
  });
  expect(problems).toEqual([]);
  return buildCorpusModel(value as Corpus);
}

function show(m: ReturnType<typeof model>, id = 'summit', onSelect = vi.fn()) {
  const event = m.events.get(id);
  if (!event) throw new Error(id);
  render(
    <StrictMode>
      <EventDetails model={m} event={event} onSelect={onSelect} eventLink="http://127.0.0.1/?event=summit" />
    </StrictMode>,
  );
  return onSelect;
}

describe('EventDetails', () => {
  it('shows date with precision, places with roles, actors, quotes with speaker and outlet, and every source', () => {
    show(model());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Summit in Nice');
    expect(screen.getByText('14 Nov 2008')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Places' }).textContent).toContain('Nice (venue)');
    expect(screen.getByText('Émile Leader')).toBeTruthy();
    expect(screen.getByText('— Émile Leader, via Wire One')).toBeTruthy();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources.textContent).toContain('Wire One');
    expect(sources.textContent).toContain('Paper Two');
    // Two outlets: their headlines side by side.
    expect(screen.getByRole('region', { name: 'How outlets framed it' }).textContent).toContain(
      'Summit in Nice',
    );
  });

  it('opens source links in a new tab without opener, and only for http(s)', () => {
    show(model());
    const link = screen.getByRole('link', { name: 'Leaders meet' });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'Summit in Nice' })).toBeNull(); // no url: plain text
  });

  it('renders markup from data as text', () => {
    const m = model((c) => {
      const [summit] = c.events;
      if (!summit) throw new Error('fixture');
      summit.title = '<img src=x onerror="alert(1)">';
      summit.summary = '<b>bold</b>';
    });
    show(m);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('selects related events from their links, in both directions', () => {
    const onSelect = show(model());
    screen.getByRole('button', { name: 'Missile threat' }).click();
    expect(onSelect).toHaveBeenCalledWith('threat');
    cleanup();
    const back = show(model(), 'threat');
    screen.getByRole('button', { name: 'Summit in Nice' }).click();
    expect(back).toHaveBeenCalledWith('summit');
  });
});
