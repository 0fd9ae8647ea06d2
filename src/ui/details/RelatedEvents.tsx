// Related events in both directions, each introduced by the phrase for its kind and direction
// ("In response to: …", "Answered by: …") and linked so a click opens it.
import { incomingRelations, RELATION_PHRASES } from '../../core/event-view';
import type { CorpusModel } from '../../core/model';
import type { NewsEvent, RelationType } from '../../core/types';

interface Item {
  readonly key: string;
  readonly phrase: string;
  readonly id: string;
  readonly title: string;
}

export function RelatedEvents({
  model,
  event,
  onSelect,
}: {
  model: CorpusModel;
  event: NewsEvent;
  onSelect: (id: string) => void;
}) {
  const item = (direction: 'outgoing' | 'incoming', type: RelationType, id: string): Item => ({
    key: `${direction}-${id}-${type}`,
    phrase: RELATION_PHRASES[type][direction],
    id,
    title: model.events.get(id)?.title ?? id,
  });
  const items = [
    ...event.related.map((rel) => item('outgoing', rel.type, rel.event)),
    ...incomingRelations(model, event).map(({ from, type }) => item('incoming', type, from.id)),
  ];
  if (items.length === 0) return null;
  return (
    <section aria-label="Related events">
      <h3>Related</h3>
      <ul className="dl-details__related">
        {items.map((it) => (
          <li key={it.key}>
            {it.phrase}:{' '}
            <button type="button" className="dl-link" onClick={() => onSelect(it.id)}>
              {it.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
