// Outlets side by side for one event: each source's outlet, headline (linked when it has an http(s)
// address), dateline, publication date and the short quotes attributed through it, so "how did Reuters
// and the NYT report Nice?" is answered at a glance. A source that names only its outlet shows the
// outlet (and its link), nothing made up. Every string from data is React text.
import { formatEventTime } from '../../core/dates';
import { safeHref } from '../../core/event-view';
import type { CorpusModel } from '../../core/model';
import type { NewsEvent, Source } from '../../core/types';

/** "14 Nov 2008" for a YYYY-MM-DD publication date. */
export function publishedLine(published: string): string {
  return formatEventTime({ start: published, precision: 'day' });
}

/** Longest address shown as a link's text (characters); longer ones end in "…". */
const LINK_TEXT_MAX = 60;

/** "news.example.org/2024/…" for a link with no headline: its host and path, without "https://www.". */
export function linkText(href: string): string {
  const url = new URL(href);
  const text = `${url.host.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`;
  return text.length > LINK_TEXT_MAX ? `${text.slice(0, LINK_TEXT_MAX)}…` : text;
}

/**
 * The source's headline, linked when it has an http(s) address; with no headline, the address itself
 * as the link; with neither, nothing.
 */
export function Headline({ source, quoted = false }: { source: Source; quoted?: boolean }) {
  const href = safeHref(source.url);
  const text = source.headline ?? (href ? linkText(href) : null);
  if (text === null) return null;
  const shown = href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
  // Quotation marks for a headline only: an address is not what anyone wrote.
  return quoted && source.headline !== undefined ? <q>{shown}</q> : shown;
}

/** "Nice · 14 Nov 2008", or whichever of the two the source has; null with neither. */
function SourceMeta({ model, source }: { model: CorpusModel; source: Source }) {
  const dateline =
    source.dateline === undefined ? null : (model.places.get(source.dateline)?.name ?? source.dateline);
  if (dateline === null && source.published === undefined) return null;
  return (
    <span className="dl-details__meta">
      {dateline !== null && <span className="dl-details__dateline">{dateline}</span>}
      {dateline !== null && source.published !== undefined && ' · '}
      {source.published !== undefined && (
        <time dateTime={source.published}>{publishedLine(source.published)}</time>
      )}
    </span>
  );
}

export function OutletComparison({
  model,
  event,
  sources,
}: {
  model: CorpusModel;
  event: NewsEvent;
  sources: readonly Source[];
}) {
  return (
    <section aria-label="Outlets side by side">
      <h3>How each outlet reported it</h3>
      <div className="dl-details__framing">
        {sources.map((s) => {
          const quotes = event.quotes.filter((q) => q.source === s.id);
          return (
            <article key={s.id} className="dl-details__frame" aria-label={s.outlet}>
              <span className="dl-details__outlet">{s.outlet}</span>
              <Headline source={s} quoted />
              <SourceMeta model={model} source={s} />
              {quotes.map((q) => (
                <figure key={`${q.speaker}-${q.text}`} className="dl-details__quote">
                  <blockquote>“{q.text}”</blockquote>
                  <figcaption>— {model.actors.get(q.speaker)?.name ?? q.speaker}</figcaption>
                </figure>
              ))}
            </article>
          );
        })}
      </div>
    </section>
  );
}
