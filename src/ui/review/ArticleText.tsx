// The article with what the drafter found highlighted: places, dates, actors (buttons, one Tab stop
// for the whole text, arrow keys between them) and quotes (a named group around their words). Text
// spans only — the article is never markup.
import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../core/draft';
import { type Mark, type ReviewSession, type Segment, segmentText } from '../../core/review';

export interface ArticleTextProps {
  readonly session: ReviewSession;
  /** "Nice, France" for a place id. */
  readonly placeName: (id: string) => string;
  readonly actorName: (id: string) => string;
  readonly onPickMention: (index: number) => void;
  /** A date, actor or quote: show the draft read from its sentence. */
  readonly onShowAt: (offset: number) => void;
}

function marksOf(d: Draft): Mark[] {
  return [
    ...d.quotes.map((q, index) => ({ kind: 'quote' as const, start: q.start, end: q.end, index })),
    ...d.places.map((p, index) => ({ kind: 'place' as const, start: p.start, end: p.end, index })),
    ...d.dates.map((p, index) => ({ kind: 'date' as const, start: p.start, end: p.end, index })),
    ...d.actors.map((p, index) => ({ kind: 'actor' as const, start: p.start, end: p.end, index })),
  ];
}

export function ArticleText({ session, placeName, actorName, onPickMention, onShowAt }: ArticleTextProps) {
  const segments = useMemo(
    () => segmentText(session.text, marksOf(session.draft)),
    [session.text, session.draft],
  );
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  let counter = 0;

  /** The accessible name: what it is and what it was read as, always holding the words shown (WCAG 2.5.3). */
  function label(mark: Mark): string {
    const d = session.draft;
    const shown = session.text.slice(mark.start, mark.end);
    const holding = (name: string, adjective = false) =>
      adjective
        ? `${name}, adjective ${shown}`
        : name.toLowerCase().includes(shown.toLowerCase())
          ? name
          : `${name}, written ${shown}`;
    if (mark.kind === 'place') {
      const name = placeName(session.mentionPlaces[mark.index] ?? '');
      return `place: ${holding(name, d.places[mark.index]?.adjectival)}`;
    }
    if (mark.kind === 'date') {
      const t = d.dates[mark.index];
      if (!t) return `date: ${shown}`;
      const span = t.end_date === t.start_date ? t.start_date : `${t.start_date} to ${t.end_date}`;
      return `date: ${shown}, ${span}, ${t.precision}, ${t.status}`;
    }
    if (mark.kind === 'actor') {
      const a = d.actors[mark.index];
      return a ? `actor: ${holding(actorName(a.actorId))}${a.known ? '' : ' (new)'}` : `actor: ${shown}`;
    }
    const speaker = d.quotes[mark.index]?.speaker;
    return speaker ? `quote by ${speaker}` : 'quote';
  }

  function render(list: readonly Segment[]): ReactNode[] {
    return list.map((s) => {
      if (s.type === 'text') return <span key={`t${s.start}`}>{s.text}</span>;
      const { mark } = s;
      const key = `${mark.kind}${mark.index}`;
      if (mark.kind === 'quote')
        return (
          // biome-ignore lint/a11y/useSemanticElements: a quote inside running text; <fieldset> would break the paragraph.
          <span key={key} role="group" aria-label={label(mark)} className="dl-hl dl-hl--quote">
            {render(s.children)}
          </span>
        );
      const n = counter++;
      return (
        <button
          key={key}
          type="button"
          data-hl={n}
          tabIndex={n === active ? 0 : -1}
          aria-label={label(mark)}
          className={`dl-hl dl-hl--${mark.kind}`}
          onFocus={() => setActive(n)}
          onClick={() => (mark.kind === 'place' ? onPickMention(mark.index) : onShowAt(mark.start))}
        >
          {session.text.slice(mark.start, mark.end)}
        </button>
      );
    });
  }

  function move(e: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step === undefined) return;
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('button[data-hl]') ?? [];
    const next = Math.min(buttons.length - 1, Math.max(0, active + step));
    e.preventDefault();
    buttons[next]?.focus();
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of inline text and buttons, not a form's fieldset.
    <div
      ref={box}
      className="dl-review__text"
      role="group"
      aria-label="Article text with highlights"
      onKeyDown={move}
    >
      {render(segments)}
    </div>
  );
}
