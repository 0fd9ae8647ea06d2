// One draft event, every field editable: decision, title, summary, date (precision, status), places
// with their roles, actors, topics, quote. The sentence it was read from is shown, never stored.
import { checkDraft, type ReviewAction, type ReviewActor, type ReviewDraft } from '../../core/review';
import { PLACE_ROLES, PRECISIONS, STATUSES, type Topic } from '../../core/types';

export interface DraftEditorProps {
  readonly draft: ReviewDraft;
  readonly number: number;
  readonly actors: readonly ReviewActor[];
  readonly topics: readonly Topic[];
  /** The article's quotes, without their quotation marks. */
  readonly quotes: readonly string[];
  readonly placeName: (id: string) => string;
  /** The title of the event a merge would add the source to. */
  readonly mergeTitle: string | null;
  readonly dispatch: (action: ReviewAction) => void;
}

const DECISION_LABEL = { accepted: 'Accept', merged: 'Merge', dropped: 'Drop' } as const;

export function DraftEditor(props: DraftEditorProps) {
  const { draft: d, number, actors, topics, quotes, placeName, mergeTitle, dispatch } = props;
  const edit = (patch: Partial<Omit<ReviewDraft, 'key'>>) =>
    dispatch({ type: 'edit-draft', key: d.key, patch });
  const toggle = (list: readonly string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  const problems = d.decision === 'accepted' || d.decision === 'merged' ? checkDraft(d) : [];
  const id = (field: string) => `dl-draft-${d.key}-${field}`;
  const heading = `Draft ${number}: ${d.title || '(no title)'}`;

  return (
    <article className={`dl-draft dl-draft--${d.decision}`} aria-label={heading} data-draft={d.key}>
      <h3 className="dl-draft__heading">
        Draft {number}{' '}
        <span className="dl-draft__state">{d.decision === 'pending' ? 'to review' : d.decision}</span>
      </h3>
      <fieldset className="dl-draft__decision">
        <legend>Decision</legend>
        {(['accepted', 'merged', 'dropped'] as const).map((value) =>
          value === 'merged' && !d.mergeWith ? null : (
            <label key={value}>
              <input
                type="radio"
                name={id('decision')}
                checked={d.decision === value}
                onChange={() => edit({ decision: value })}
              />
              {value === 'merged'
                ? `Merge: add this source to “${mergeTitle ?? d.mergeWith}”`
                : DECISION_LABEL[value]}
            </label>
          ),
        )}
      </fieldset>
      <blockquote className="dl-draft__evidence" aria-label="Read from">
        {d.evidence.text.trim()}
      </blockquote>
      <label className="dl-review__field">
        Title
        <input type="text" value={d.title} onChange={(e) => edit({ title: e.currentTarget.value })} />
      </label>
      <label className="dl-review__field">
        Summary (your own words; the title if left empty)
        <textarea rows={2} value={d.summary} onChange={(e) => edit({ summary: e.currentTarget.value })} />
      </label>
      <fieldset className="dl-draft__row">
        <legend>Date</legend>
        <label className="dl-review__field">
          Start
          <input
            type="text"
            size={10}
            value={d.time.start}
            onChange={(e) => edit({ time: { ...d.time, start: e.currentTarget.value.trim() } })}
          />
        </label>
        <label className="dl-review__field">
          End
          <input
            type="text"
            size={10}
            value={d.time.end}
            onChange={(e) => edit({ time: { ...d.time, end: e.currentTarget.value.trim() } })}
          />
        </label>
        <label className="dl-review__field">
          Precision
          <select
            value={d.time.precision}
            onChange={(e) =>
              edit({
                time: { ...d.time, precision: e.currentTarget.value as ReviewDraft['time']['precision'] },
              })
            }
          >
            {PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="dl-review__field">
          Status
          <select
            value={d.status}
            onChange={(e) => edit({ status: e.currentTarget.value as ReviewDraft['status'] })}
          >
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Places</legend>
        <ul className="dl-draft__places">
          {d.places.map((p, i) => {
            const name = placeName(p.placeId);
            return (
              <li key={p.placeId}>
                <span className="dl-draft__place">{name}</span>
                <select
                  aria-label={`Role of ${name}`}
                  value={p.role}
                  onChange={(e) =>
                    edit({
                      places: d.places.map((q, j) =>
                        j === i ? { ...q, role: e.currentTarget.value as typeof p.role } : q,
                      ),
                    })
                  }
                >
                  {PLACE_ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
                <button
                  type="button"
                  className="dl-link"
                  aria-label={`Change ${name}`}
                  onClick={() =>
                    dispatch({ type: 'pick', target: { kind: 'draft-place', key: d.key, index: i } })
                  }
                >
                  change
                </button>
                <button
                  type="button"
                  className="dl-link"
                  aria-label={`Remove ${name}`}
                  onClick={() => edit({ places: d.places.filter((_, j) => j !== i) })}
                >
                  remove
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="dl-link"
          onClick={() => dispatch({ type: 'pick', target: { kind: 'add-place', key: d.key } })}
        >
          Add a place
        </button>
      </fieldset>
      {actors.length > 0 && (
        <fieldset className="dl-draft__checks">
          <legend>Actors</legend>
          {actors.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={d.actors.includes(a.id)}
                onChange={(e) => edit({ actors: toggle(d.actors, a.id, e.currentTarget.checked) })}
              />
              {a.name}
              {a.known ? '' : ' (new)'}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="dl-draft__checks">
        <legend>Topics</legend>
        {topics.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={d.topics.includes(t.id)}
              onChange={(e) => edit({ topics: toggle(d.topics, t.id, e.currentTarget.checked) })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      {quotes.length > 0 && (
        <fieldset className="dl-draft__row">
          <legend>Quote</legend>
          <label className="dl-review__field">
            Words
            <select
              value={d.quote?.text ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                edit({ quote: text ? { text, speaker: d.quote?.speaker ?? d.actors[0] ?? '' } : null });
              }}
            >
              <option value="">No quote</option>
              {quotes.map((q) => (
                <option key={q} value={q}>
                  {q}
                </option>
              ))}
            </select>
          </label>
          {d.quote && (
            <label className="dl-review__field">
              Said by
              <select
                value={d.quote.speaker}
                onChange={(e) =>
                  edit({ quote: { text: d.quote?.text ?? '', speaker: e.currentTarget.value } })
                }
              >
                <option value="">Choose…</option>
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="dl-review__error" aria-label={`Problems of draft ${number}`}>
          {problems.map((p) => (
            <li key={p.field}>{p.message}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
