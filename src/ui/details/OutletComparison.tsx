// Outlets side by side for one event: each source's outlet, headline (linked when it has an http(s)
// address), dateline, publication date and the short quotes attributed through it, so "how did Reuters
// and the NYT report Nice?" is answered at a glance. Every string from data is React text.
import { formatEventTime } from '../../core/dates';
import { safeHref } from '../../core/event-view';
import type { CorpusModel } from '../../core/model';
import type { NewsEvent, Source } from '../../core/types';

/** "14 Nov 2008" for a YYYY-MM-DD publication date. */
export function publishedLine(published: string): string {
  return formatEventTime({ start: published, precision: 'day' });
}

export function Headline({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {source.headline}
    </a>
  ) : (
    <span>{source.headline}</span>
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
          const dateline = model.places.get(s.dateline)?.name ?? s.dateline;
          return (
            <article key={s.id} className="dl-details__frame" aria-label={s.outlet}>
              <span className="dl-details__outlet">{s.outlet}</span>
              <q>
                <Headline source={s} />
              </q>
              <span className="dl-details__meta">
                <span className="dl-details__dateline">{dateline}</span> ·{' '}
                <time dateTime={s.published}>{publishedLine(s.published)}</time>
              </span>
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
