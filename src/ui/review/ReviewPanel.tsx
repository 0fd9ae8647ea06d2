// "New from article": paste or open an article, read it with the drafter, review the drafts beside
// the map (highlighted text, editable drafts, provisional marks), then add them to a dataset.
// Loaded on demand (React.lazy), with the drafter and its gazetteer (src/load/load-drafter.ts).
import { useCallback, useEffect, useRef } from 'react';
import type { Review } from '../../app/use-review';
import type { CorpusModel } from '../../core/model';
import { checkReview, draftsCopyName, quoteWords } from '../../core/review';
import { ArticleForm } from './ArticleForm';
import { ArticleText } from './ArticleText';
import { DraftEditor } from './DraftEditor';
import { PlacePicker } from './PlacePicker';
import { SourceFields } from './SourceFields';
import './review.css';

export interface ReviewPanelProps {
  readonly review: Review;
  readonly model: CorpusModel;
  /** The dataset the drafts go into: an imported one's name, or null for the bundled corpus. */
  readonly datasetName: string | null;
  /** The open dataset came from an address (`?data=`): the drafts go into a copy of it. */
  readonly fromAddress?: boolean;
}

function progressText(review: Review): string {
  const s = review.drafterState;
  if (s.status !== 'loading' || !s.progress) return 'Loading the drafter…';
  const { phase, received, total } = s.progress;
  if (phase === 'code') return 'Loading the drafter…';
  if (phase === 'index') return 'Indexing 26,000 place names…';
  const kb = Math.round(received / 1024);
  return total
    ? `Loading the gazetteer: ${kb} of ${Math.round(total / 1024)} KB`
    : `Loading the gazetteer: ${kb} KB`;
}

export default function ReviewPanel({ review, model, datasetName, fromAddress = false }: ReviewPanelProps) {
  const { session, dispatch, drafterState } = review;
  const panel = useRef<HTMLElement>(null);
  // Opened from the header, the view takes the focus (it comes last in the page's order).
  useEffect(function focusPanel() {
    panel.current?.querySelector<HTMLElement>('textarea, h2 + button, button')?.focus();
  }, []);
  const read = session?.draft ?? null;
  // A new reading: focus its first highlight (the form that had the focus is gone).
  useEffect(
    function focusText() {
      if (read) panel.current?.querySelector<HTMLElement>('button[data-hl]')?.focus();
    },
    [read],
  );
  const placeName = useCallback((id: string) => review.label(id)?.label ?? id, [review.label]);
  const actorName = useCallback(
    (id: string) => session?.actors.find((a) => a.id === id)?.name ?? model.actors.get(id)?.name ?? id,
    [session, model],
  );
  const showAt = useCallback(
    (offset: number) => {
      const d = review.session?.drafts.find((x) => offset >= x.evidence.start && offset < x.evidence.end);
      const card = d && document.querySelector<HTMLElement>(`[data-draft="${d.key}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.querySelector<HTMLElement>('input')?.focus();
    },
    [review.session],
  );

  const picking = session?.picking ?? null;
  const pickWhat =
    !session || !picking
      ? ''
      : picking.kind === 'mention'
        ? (session.draft.places[picking.index]?.text ?? '')
        : picking.kind === 'add-place'
          ? 'a new place'
          : placeName(
              session.drafts.find((d) => d.key === picking.key)?.places[picking.index]?.placeId ?? '',
            );
  const pickCurrent =
    !session || !picking
      ? null
      : picking.kind === 'mention'
        ? (session.mentionPlaces[picking.index] ?? null)
        : picking.kind === 'draft-place'
          ? (session.drafts.find((d) => d.key === picking.key)?.places[picking.index]?.placeId ?? null)
          : null;
  const chosen = session?.drafts.filter((d) => d.decision === 'accepted' || d.decision === 'merged') ?? [];
  const problems = session ? checkReview(session.source, session.drafts) : [];
  const target =
    datasetName && !fromAddress
      ? `“${datasetName}”`
      : `a new dataset, “${draftsCopyName(datasetName ?? 'Bundled corpus')}”`;

  return (
    <section
      ref={panel}
      className="dl-review"
      aria-labelledby="dl-review-title"
      onKeyDown={(e) => e.key === 'Escape' && !picking && review.close()}
    >
      <header className="dl-review__head">
        <h2 id="dl-review-title">New from article</h2>
        {session && (
          <button type="button" className="dl-link" onClick={review.discard}>
            Start over
          </button>
        )}
        <button type="button" className="dl-review__close" onClick={review.close}>
          Close
        </button>
      </header>
      {drafterState.status === 'loading' && (
        <div className="dl-review__progress" role="status">
          {progressText(review)}
          <progress
            aria-label="Loading the drafter"
            {...(drafterState.progress?.total
              ? { max: drafterState.progress.total, value: drafterState.progress.received }
              : {})}
          />
        </div>
      )}
      {drafterState.status === 'error' && (
        <p role="alert" className="dl-review__error">
          {drafterState.error}{' '}
          <button type="button" className="dl-link" onClick={review.show}>
            Try again
          </button>
        </p>
      )}
      {!session ? (
        <ArticleForm ready={drafterState.status === 'ready'} onDraft={review.draft} />
      ) : (
        <>
          <SourceFields source={session.source} placeName={placeName} dispatch={dispatch} />
          <h3 className="dl-review__sub">The article</h3>
          <p className="dl-review__note">
            Highlighted: <span className="dl-hl dl-hl--place">places</span>{' '}
            <span className="dl-hl dl-hl--date">dates</span>{' '}
            <span className="dl-hl dl-hl--actor">actors</span>{' '}
            <span className="dl-hl dl-hl--quote">quotes</span>. Click a place to choose another.
          </p>
          <ArticleText
            session={session}
            placeName={placeName}
            actorName={actorName}
            onPickMention={(index) => dispatch({ type: 'pick', target: { kind: 'mention', index } })}
            onShowAt={showAt}
          />
          {picking && (
            <PlacePicker
              key={JSON.stringify(picking)}
              what={pickWhat}
              current={pickCurrent}
              candidates={review.candidates}
              search={review.search}
              onSearch={review.setSearch}
              onChoose={(placeId) => dispatch({ type: 'choose-place', placeId })}
              onCancel={() => dispatch({ type: 'pick', target: null })}
            />
          )}
          <h3 className="dl-review__sub">
            Drafts ({session.drafts.length})
            {session.drafts.length === 0 && ': none found; nothing here reports a happening with a place'}
          </h3>
          <ol className="dl-review__drafts">
            {session.drafts.map((d, i) => (
              <li key={d.key}>
                <DraftEditor
                  draft={d}
                  number={i + 1}
                  actors={session.actors}
                  topics={model.corpus.topics}
                  quotes={session.draft.quotes.map((q) => quoteWords(q.text))}
                  placeName={placeName}
                  mergeTitle={d.mergeWith ? (model.events.get(d.mergeWith)?.title ?? null) : null}
                  dispatch={dispatch}
                />
              </li>
            ))}
          </ol>
          <footer className="dl-review__foot">
            <p>
              {chosen.length} of {session.drafts.length} drafts go into {target}.
            </p>
            {review.saving.status === 'error' && (
              <p role="alert" className="dl-review__error">
                {review.saving.error}
              </p>
            )}
            {chosen.length > 0 && problems.length > 0 && (
              <p className="dl-review__error">Fix first: {problems.map((p) => p.message).join('; ')}.</p>
            )}
            <button
              type="button"
              className="dl-review__primary"
              disabled={chosen.length === 0 || problems.length > 0 || review.saving.status === 'saving'}
              onClick={() => void review.save()}
            >
              {review.saving.status === 'saving' ? 'Adding…' : 'Add to dataset'}
            </button>
          </footer>
        </>
      )}
    </section>
  );
}
