// The article as runs of text and highlights, for rendering as text spans (never as markup).
// Quotes may hold other highlights; any other overlap keeps the earlier, longer highlight.

export type HighlightKind = 'place' | 'date' | 'actor' | 'quote';

export interface Mark {
  readonly kind: HighlightKind;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Index of the mention in its own list (places, dates, actors, quotes). */
  readonly index: number;
}

export type Segment =
  | { readonly type: 'text'; readonly start: number; readonly text: string }
  | { readonly type: 'mark'; readonly mark: Mark; readonly children: readonly Segment[] };

interface Node {
  readonly mark: Mark;
  readonly inner: Node[];
}

/** Marks as a forest: each quote takes the marks inside it; overlapping marks are dropped. */
function nest(marks: readonly Mark[], length: number): Node[] {
  const sorted = marks
    .filter((m) => m.start >= 0 && m.end <= length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Node[] = [];
  let open: Node | null = null;
  let lastEnd = 0;
  for (const mark of sorted) {
    if (open && mark.start < open.mark.end) {
      // Inside the open quote: kept if it fits and touches no other mark inside.
      const prev = open.inner.at(-1);
      if (mark.end <= open.mark.end && mark.kind !== 'quote' && (!prev || prev.mark.end <= mark.start))
        open.inner.push({ mark, inner: [] });
      continue;
    }
    if (mark.start < lastEnd) continue;
    const node = { mark, inner: [] };
    roots.push(node);
    lastEnd = mark.end;
    open = mark.kind === 'quote' ? node : null;
  }
  return roots;
}

function toSegments(text: string, nodes: readonly Node[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const { mark, inner } of nodes) {
    if (mark.start > at) out.push({ type: 'text', start: at, text: text.slice(at, mark.start) });
    out.push({ type: 'mark', mark, children: toSegments(text, inner, mark.start, mark.end) });
    at = mark.end;
  }
  if (at < to) out.push({ type: 'text', start: at, text: text.slice(at, to) });
  return out;
}

export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  return toSegments(text, nest(marks, text.length), 0, text.length);
}
