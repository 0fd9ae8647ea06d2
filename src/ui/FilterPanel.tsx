// Filters: search, topics (with colours and live counts), actors and outlets. One filter state
// (the view in the URL) drives the map, list, counts and timeline together.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { groupDigits } from '../core/group-digits';
import type { Facets } from '../core/index/query';
import type { CorpusModel } from '../core/model';
import type { ViewState } from '../core/url';
import { FacetList } from './FacetList';
import { OutletMatchChoice } from './OutletMatchChoice';

export interface FilterPanelProps {
  readonly model: CorpusModel;
  readonly view: ViewState;
  readonly facets: Facets;
  readonly onChange: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
}

/** Typing replaces the history entry; the text is committed after a pause. */
const SEARCH_DELAY_MS = 250;

function SearchBox({ value, onChange }: { value: string; onChange: FilterPanelProps['onChange'] }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(
    function commitAfterPause() {
      if (text.trim() === value) return;
      const timer = window.setTimeout(() => onChange({ q: text.trim() }, 'replace'), SEARCH_DELAY_MS);
      return function cancel() {
        window.clearTimeout(timer);
      };
    },
    [text, value, onChange],
  );
  return (
    <search className="dl-search">
      <input
        type="search"
        aria-label="Search events"
        placeholder="Search titles, people, places, quotes…"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ q: text.trim() }, 'push');
        }}
      />
    </search>
  );
}

export function FilterPanel({ model, view, facets, onChange }: FilterPanelProps) {
  const allTopics = model.corpus.topics.map((t) => t.id);
  const selected = new Set(view.topics ?? allTopics);
  const setTopics = (ids: string[]) =>
    onChange({ topics: ids.length === allTopics.length ? null : ids.sort() });
  // Made once per corpus (and per onChange, which App keeps): the facet lists skip renders that change
  // nothing of theirs.
  const actorOptions = useMemo(
    () => model.corpus.actors.map((a) => ({ id: a.id, label: a.name, detail: a.role })),
    [model],
  );
  const outletOptions = useMemo(() => model.outlets.map((o) => ({ id: o.id, label: o.name })), [model]);
  const setActors = useCallback((actors: string[]) => onChange({ actors }), [onChange]);
  const setOutlets = useCallback((outlets: string[]) => onChange({ outlets }), [onChange]);
  return (
    <div className="dl-filters">
      <SearchBox value={view.q} onChange={onChange} />
      <fieldset className="dl-facet dl-topics">
        <legend className="dl-facet__title">
          Topics
          <button type="button" className="dl-link" onClick={() => onChange({ topics: null })}>
            all
          </button>
          <button type="button" className="dl-link" onClick={() => onChange({ topics: [] })}>
            none
          </button>
        </legend>
        <ul className="dl-facet__list">
          {model.corpus.topics.map((topic) => (
            <li key={topic.id}>
              <label title={topic.description}>
                <input
                  type="checkbox"
                  checked={selected.has(topic.id)}
                  onChange={(e) =>
                    setTopics(
                      e.target.checked
                        ? [...selected, topic.id]
                        : [...selected].filter((id) => id !== topic.id),
                    )
                  }
                />
                <span className="dl-chip__swatch" style={{ background: topic.color }} aria-hidden="true" />
                <span className="dl-facet__label">{topic.label}</span>
                <span className="dl-count">{groupDigits(facets.topics.get(topic.id) ?? 0)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FacetList
        title="Actors"
        options={actorOptions}
        counts={facets.actors}
        selected={view.actors}
        onChange={setActors}
      />
      <FacetList
        title="Outlets"
        options={outletOptions}
        counts={facets.outlets}
        selected={view.outlets}
        onChange={setOutlets}
      />
      <OutletMatchChoice
        value={view.outletMatch}
        chosen={view.outlets.length}
        onChange={(outletMatch) => onChange({ outletMatch })}
      />
    </div>
  );
}
