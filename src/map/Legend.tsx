// The map legend: a collapsible control, bottom right, explaining every symbol the event layers draw.
// Collapsed at first: open, it covers the map's east (Moscow at the default view) and would take
// the clicks of the spots under it.
import { memo, useId, useState } from 'react';
import type { Topic } from '../core/types';
import { CLUSTER_FILL } from './events/paint-spot';
import { RELATION_COLOR } from './events/RelationLayer';
import { MapControl } from './MapControl';
import './legend.css';

export interface LegendProps {
  readonly topics: readonly Topic[];
  /** Start open (default: collapsed, so no spot is hidden under it). */
  readonly defaultOpen?: boolean;
}

/** Memoised: the map's event layers re-render on every change of the visible set, the legend need not. */
export const Legend = memo(function Legend({ topics, defaultOpen = false }: LegendProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <MapControl position="bottomright" className="dl-legend">
      <section aria-label="Legend">
        <button
          type="button"
          className="dl-legend__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          Legend <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <div id={bodyId} className="dl-legend__body" hidden={!open}>
          <h3>Topics</h3>
          <ul className="dl-legend__topics">
            {topics.map((t) => (
              <li key={t.id}>
                <span className="dl-legend__swatch" style={{ background: t.color }} aria-hidden="true" />
                {t.label}
              </li>
            ))}
          </ul>
          <h3>Symbols</h3>
          <ul>
            <li>
              <svg className="dl-legend__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="7" fill="#555" stroke="#fff" strokeWidth="1.5" />
              </svg>
              Venue: where it happened
            </li>
            <li>
              <svg className="dl-legend__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="6" fill="#fff" stroke="#555" strokeWidth="3" />
              </svg>
              Subject, target or origin
            </li>
            <li>
              <svg className="dl-legend__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="9" fill="none" stroke="#999" strokeWidth="2.5" />
                <circle cx="12" cy="12" r="6" fill="#555" />
              </svg>
              Outer ring: second topic
            </li>
            <li>
              <svg className="dl-legend__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="10" cy="14" r="7" fill="#555" />
                <rect x="12" y="2" width="12" height="11" rx="5.5" fill="#1d1d1d" />
                <text x="18" y="10.5" fontSize="8" fill="#fff" textAnchor="middle">
                  3
                </text>
              </svg>
              Badge: events at one place
            </li>
            <li>
              <svg className="dl-legend__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="11" fill={CLUSTER_FILL} stroke="#fff" strokeWidth="1.5" />
                <text x="12" y="15" fontSize="8" fill="#fff" textAnchor="middle" fontWeight="bold">
                  42
                </text>
              </svg>
              Cluster of places (click to zoom in)
            </li>
            <li>
              <span className="dl-legend__swatch dl-legend__swatch--area" aria-hidden="true" />
              Country or region: darker with more events
            </li>
            <li>
              <span className="dl-legend__swatch dl-legend__swatch--disputed" aria-hidden="true" />
              Disputed territory
            </li>
            <li>
              <svg className="dl-legend__icon dl-legend__icon--wide" viewBox="0 0 36 16" aria-hidden="true">
                <path d="M2 13 Q18 0 30 10" fill="none" stroke={RELATION_COLOR} strokeWidth="2" />
                <path d="M27 6 L33 12 L26 13 z" fill={RELATION_COLOR} />
              </svg>
              Relation of the selected or hovered event, e.g. response to
            </li>
            <li>
              <svg className="dl-legend__icon dl-legend__icon--wide" viewBox="0 0 36 16" aria-hidden="true">
                <path
                  d="M2 13 Q18 0 30 10"
                  fill="none"
                  stroke={RELATION_COLOR}
                  strokeWidth="2"
                  strokeDasharray="4 3"
                />
              </svg>
              Discussed at
            </li>
          </ul>
        </div>
      </section>
    </MapControl>
  );
});
