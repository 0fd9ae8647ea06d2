// The details of one event (in the side panel). React renders every string as text: nothing from
// data is HTML. Two or more outlets are compared side by side, each with its own quotes.
import { dateLine, ROLE_LABELS } from '../core/event-view';
import type { CorpusModel } from '../core/model';
import type { NewsEvent, Source } from '../core/types';
import { CopyLinkButton } from './CopyLinkButton';
import { Headline, OutletComparison, publishedLine } from './details/OutletComparison';
import { PropertiesTable } from './details/PropertiesTable';
import { RelatedEvents } from './details/RelatedEvents';

export interface EventDetailsProps {
  readonly model: CorpusModel;
  readonly event: NewsEvent;
  readonly onSelect: (id: string) => void;
  /** Link to this event in the current view, for "Copy link to this event". */
  readonly eventLink: string;
}

function SourceItem({ source }: { source: Source }) {
  // An outlet named with no article (an imported row's) shows its link, if any, and no date.
  const more = source.headline !== undefined || source.url !== undefined;
  return (
    <li className="dl-details__source">
      <span className="dl-details__outlet">{source.outlet}</span>
      {source.published !== undefined && ` · ${publishedLine(source.published)}`}
      {more && <br />}
      <Headline source={source} />
    </li>
  );
}

export function EventDetails({ model, event, onSelect, eventLink }: EventDetailsProps) {
  const sources = event.sources
    .map((id) => model.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  // Side by side when two outlets or more have something to compare: a headline or a quote. Outlets named
  // with no article (an imported row's) are a plain list.
  const compared =
    new Set(sources.map((s) => s.outlet)).size >= 2 &&
    sources.some((s) => s.headline !== undefined || event.quotes.some((q) => q.source === s.id));
  // Compared outlets carry their own quotes; any quote citing another source is listed apart.
  const quotes = compared
    ? event.quotes.filter((q) => !sources.some((s) => s.id === q.source))
    : event.quotes;
  return (
    <article className="dl-details" aria-labelledby={`dl-details-${event.id}`} data-event-id={event.id}>
      <h2 id={`dl-details-${event.id}`} className="dl-details__title">
        {event.title}
      </h2>
      <p className="dl-details__date">{dateLine(event)}</p>
      <ul className="dl-details__places" aria-label="Places">
        {event.places.map((p) => (
          <li key={`${p.place}-${p.role}`}>
            {model.places.get(p.place)?.name ?? p.place}{' '}
            <span className="dl-details__role">({ROLE_LABELS[p.role]})</span>
          </li>
        ))}
      </ul>
      {/* An import's row with no description has its title as its summary: not shown twice. */}
      {event.summary !== event.title && <p className="dl-details__summary">{event.summary}</p>}
      <ul className="dl-details__topics" aria-label="Topics">
        {event.topics.map((id) => {
          const topic = model.topics.get(id);
          return (
            <li key={id} className="dl-chip">
              <span
                className="dl-chip__swatch"
                style={{ background: topic?.color ?? '#888' }}
                aria-hidden="true"
              />
              {topic?.label ?? id}
            </li>
          );
        })}
      </ul>
      {event.actors.length > 0 && (
        <section aria-label="Actors">
          <h3>Actors</h3>
          <ul className="dl-details__actors">
            {event.actors.map((id) => {
              const actor = model.actors.get(id);
              return (
                <li key={id}>
                  <strong>{actor?.name ?? id}</strong>
                  {actor ? `, ${actor.role}` : ''}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {quotes.length > 0 && (
        <section aria-label="Quotes">
          <h3>Quotes</h3>
          {quotes.map((q) => (
            <figure key={`${q.speaker}-${q.text}`} className="dl-details__quote">
              <blockquote>“{q.text}”</blockquote>
              <figcaption>
                — {model.actors.get(q.speaker)?.name ?? q.speaker}, via{' '}
                {model.sources.get(q.source)?.outlet ?? q.source}
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      {compared ? (
        <OutletComparison model={model} event={event} sources={sources} />
      ) : (
        <section aria-label="Sources">
          <h3>Sources ({sources.length})</h3>
          <ul className="dl-details__sources">
            {sources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ul>
        </section>
      )}
      {event.properties && <PropertiesTable properties={event.properties} />}
      <RelatedEvents model={model} event={event} onSelect={onSelect} />
      <CopyLinkButton url={eventLink} label="Copy link to this event" />
    </article>
  );
}
