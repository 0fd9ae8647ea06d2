// @vitest-environment jsdom
// The popup renders data as text: markup in a title stays text, and only http(s) links are links.
import { cleanup, render, screen, within } from '@testing-library/react';
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
  it('shows date with precision, places with roles, actors, and two outlets side by side with their quotes', () => {
    show(model());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Summit in Nice');
    expect(document.querySelector('.dl-details__date')?.textContent).toBe('14 Nov 2008');
    expect(screen.getByRole('list', { name: 'Places' }).textContent).toContain('Nice (venue)');
    expect(screen.getByText('Émile Leader')).toBeTruthy();
    // Two outlets: one card each with headline, dateline, publication date and the quotes it carries.
    const compared = screen.getByRole('region', { name: 'Outlets side by side' });
    const wire = within(compared).getByRole('article', { name: 'Wire One' });
    const paper = within(compared).getByRole('article', { name: 'Paper Two' });
    expect(wire.textContent).toContain('Leaders meet');
    expect(wire.textContent).toContain('Nice · 14 Nov 2008');
    expect(wire.textContent).toContain('“We talked.”— Émile Leader');
    expect(paper.textContent).toContain('Summit in Nice');
    expect(paper.textContent).toContain('Nice · 15 Nov 2008');
    expect(paper.textContent).not.toContain('We talked.');
    // The quote is not repeated in a separate list, and no separate source list repeats the cards.
    expect(screen.queryByRole('region', { name: 'Quotes' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
  });

  it('lists the sources and quotes of a single-outlet event', () => {
    show(model(), 'threat');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources.textContent).toContain('Wire One · 14 Nov 2008');
    expect(screen.queryByRole('region', { name: 'Outlets side by side' })).toBeNull();
  });

  it('shows an outlet named with no article as the outlet (and its link), making up no headline or date', () => {
    const outletsOnly = (quotes: boolean) =>
      model((c) => {
        const [wire, paper] = c.sources;
        const [summit] = c.events;
        if (!wire || !paper || !summit) throw new Error('fixture');
        // As a GDELT row names its article's address (the first), and an ACLED row its outlets (the second).
        c.sources = [
          {
            id: wire.id,
            outlet: 'news.example.org',
            language: 'und',
            url: 'https://www.news.example.org/2024/a',
          },
          { id: paper.id, outlet: 'Radio Dabanga', language: 'und' },
        ] as typeof c.sources;
        if (!quotes) summit.quotes = [];
      });
    // The summit's quote cites the first: the two outlets side by side, each with only what it has.
    show(outletsOnly(true));
    const compared = screen.getByRole('region', { name: 'Outlets side by side' });
    const site = within(compared).getByRole('article', { name: 'news.example.org' });
    const radio = within(compared).getByRole('article', { name: 'Radio Dabanga' });
    expect(within(site).getByRole('link').textContent).toBe('news.example.org/2024/a');
    expect(within(site).getByRole('link').getAttribute('href')).toBe('https://www.news.example.org/2024/a');
    expect(site.querySelector('q, time, .dl-details__meta')).toBeNull();
    expect(radio.textContent).toBe('Radio Dabanga');
    cleanup();
    // With nothing to compare (no headline, no quote): a list of the outlets, with no " · date".
    show(outletsOnly(false));
    expect(screen.queryByRole('region', { name: 'Outlets side by side' })).toBeNull();
    const items = screen.getByRole('region', { name: 'Sources' }).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'news.example.orgnews.example.org/2024/a',
      'Radio Dabanga',
    ]);
  });

  it('shows a summary that only repeats the title once, as the title', () => {
    const m = model((c) => {
      const [summit] = c.events;
      if (!summit) throw new Error('fixture');
      summit.summary = summit.title;
    });
    show(m);
    expect(document.querySelector('.dl-details__summary')).toBeNull();
    expect(screen.getAllByText('Summit in Nice', { selector: 'h2' })).toHaveLength(1);
  });

  it('opens source links in a new tab without opener, and only for http(s)', () => {
    show(model());
    const link = screen.getByRole('link', { name: 'Leaders meet' });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'Summit in Nice' })).toBeNull(); // no url: plain text
  });

  it('shows an imported event’s own fields as a table of text', () => {
    const m = model((c) => {
      const [summit] = c.events;
      if (!summit) throw new Error('fixture');
      Object.assign(summit, { properties: { fatalities: 4, admin1: '<b>Khartoum</b>', note: null } });
    });
    show(m);
    const table = screen.getByRole('region', { name: 'Imported fields' });
    expect(within(table).getByRole('rowheader', { name: 'fatalities' }).nextSibling?.textContent).toBe('4');
    expect(table.textContent).toContain('<b>Khartoum</b>');
    expect(table.querySelector('b')).toBeNull();
    expect(table.textContent).toContain('note—');
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

  it('selects related events from their links, in both directions, with the phrase for each', () => {
    const onSelect = show(model());
    const related = () => screen.getByRole('region', { name: 'Related events' }).textContent;
    expect(related()).toBe('RelatedFollows up on: Missile threat');
    screen.getByRole('button', { name: 'Missile threat' }).click();
    expect(onSelect).toHaveBeenCalledWith('threat');
    cleanup();
    const back = show(model(), 'threat');
    expect(related()).toBe('RelatedFollowed up by: Summit in Nice');
    screen.getByRole('button', { name: 'Summit in Nice' }).click();
    expect(back).toHaveBeenCalledWith('summit');
  });
});
