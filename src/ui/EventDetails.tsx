// The popup content for one event. React renders every string as text: nothing from data is HTML.
import { dateLine, incomingRelations, RELATION_LABELS, ROLE_LABELS, safeHref } from '../core/event-view';
import type { CorpusModel } from '../core/model';
import type { NewsEvent, Source } from '../core/types';
import { CopyLinkButton } from './CopyLinkButton';

export interface EventDetailsProps {
  readonly model: CorpusModel;
  readonly event: NewsEvent;
  readonly onSelect: (id: string) => void;
  /** Link to this event in the current view, for "Copy link to this event". */
  readonly eventLink: string;
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <li className="dl-details__source">
      <span className="dl-details__outlet">{source.outlet}</span> · {source.published}
      <br />
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.headline}
        </a>
      ) : (
        <span>{source.headline}</span>
      )}
    </li>
  );
}

export function EventDetails({ model, event, onSelect, eventLink }: EventDetailsProps) {
  const sources = event.sources
    .map((id) => model.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const outlets = new Set(sources.map((s) => s.outlet));
  const incoming = incomingRelations(model, event);
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
      <p className="dl-details__summary">{event.summary}</p>
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
      {event.quotes.length > 0 && (
        <section aria-label="Quotes">
          <h3>Quotes</h3>
          {event.quotes.map((q) => (
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
      {outlets.size >= 2 && (
        <section aria-label="How outlets framed it">
          <h3>How each outlet framed it</h3>
          <div className="dl-details__framing">
            {sources.map((s) => (
              <div key={s.id} className="dl-details__frame">
                <span className="dl-details__outlet">{s.outlet}</span>
                <q>{s.headline}</q>
              </div>
            ))}
          </div>
        </section>
      )}
      <section aria-label="Sources">
        <h3>Sources ({sources.length})</h3>
        <ul className="dl-details__sources">
          {sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ul>
      </section>
      {(event.related.length > 0 || incoming.length > 0) && (
        <section aria-label="Related events">
          <h3>Related</h3>
          <ul className="dl-details__related">
            {event.related.map((rel) => (
              <li key={`out-${rel.event}-${rel.type}`}>
                {RELATION_LABELS[rel.type]}{' '}
                <button type="button" className="dl-link" onClick={() => onSelect(rel.event)}>
                  {model.events.get(rel.event)?.title ?? rel.event}
                </button>
              </li>
            ))}
            {incoming.map(({ from, type }) => (
              <li key={`in-${from.id}-${type}`}>
                <button type="button" className="dl-link" onClick={() => onSelect(from.id)}>
                  {from.title}
                </button>{' '}
                is a {RELATION_LABELS[type]} this
              </li>
            ))}
          </ul>
        </section>
      )}
      <CopyLinkButton url={eventLink} label="Copy link to this event" />
    </article>
  );
}
