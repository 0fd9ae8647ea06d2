// The layers control: event overlays, one switch per topic, and the optional online tiles. Fully
// controlled by the view in the URL, so a shared link keeps the layers too.
import { useId, useState } from 'react';
import type { Topic } from '../core/types';
import type { LayerId } from '../core/url';
import { LAYER_IDS } from '../core/url';
import { MapControl } from './MapControl';

const LAYER_LABELS: Record<LayerId, string> = {
  points: 'Point events (cities, sites)',
  areas: 'Area events (countries, regions)',
  relations: 'All relations (else only the selected or hovered event’s)',
  labels: 'Place names',
  tiles: 'OpenStreetMap tiles (online)',
};

export interface LayersPanelProps {
  readonly topics: readonly Topic[];
  readonly layers: readonly LayerId[];
  /** null = every topic. */
  readonly selectedTopics: readonly string[] | null;
  readonly onLayersChange: (layers: readonly LayerId[]) => void;
  readonly onTopicsChange: (topics: string[] | null) => void;
}

export function LayersPanel({
  topics,
  layers,
  selectedTopics,
  onLayersChange,
  onTopicsChange,
}: LayersPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const on = new Set(layers);
  const chosen = new Set(selectedTopics ?? topics.map((t) => t.id));
  const setLayer = (id: LayerId, visible: boolean) =>
    onLayersChange(LAYER_IDS.filter((l) => (l === id ? visible : on.has(l))));
  const setTopic = (id: string, visible: boolean) => {
    const next = topics.map((t) => t.id).filter((t) => (t === id ? visible : chosen.has(t)));
    onTopicsChange(next.length === topics.length ? null : next);
  };
  return (
    <MapControl position="topright" className="dl-layers">
      <button
        type="button"
        className="dl-layers__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        title="Layers"
      >
        Layers
      </button>
      {open && (
        <div id={panelId} className="dl-layers__panel">
          <fieldset>
            <legend>Overlays</legend>
            {LAYER_IDS.map((id) => (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={on.has(id)}
                  onChange={(e) => setLayer(id, e.target.checked)}
                />
                {LAYER_LABELS[id]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Topics</legend>
            {topics.map((t) => (
              <label key={t.id}>
                <input
                  type="checkbox"
                  checked={chosen.has(t.id)}
                  onChange={(e) => setTopic(t.id, e.target.checked)}
                />
                <span className="dl-chip__swatch" style={{ background: t.color }} aria-hidden="true" />
                {t.label}
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </MapControl>
  );
}
