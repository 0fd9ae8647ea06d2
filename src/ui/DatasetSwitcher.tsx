// Which data the map shows: the bundled corpus or a dataset imported into this browser, with rename
// and delete for the imported ones. Switching opens `?ds=<id>` (or no `ds` for the bundled corpus).
// A dataset this tab has just imported is shown while its copy is written (src/load/keeping.ts), and
// listed once it is kept — or says why it could not be. A choice made with the mouse opens at once;
// one made with the arrow keys (which change a closed select in Chromium) waits for Enter or "Switch",
// so a keyboard user can look through the list without loading each dataset.
import { useEffect, useRef, useState } from 'react';
import { useKeepState } from '../app/use-keep-state';
import { type DatasetInfo, deleteDataset, listDatasets, renameDataset } from '../load/dataset-store';

const BUNDLED = '';
/** Keys that change a closed select's value without opening it (a letter jumps to a name; Space opens it). */
const BROWSING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown|[^ ])$/u;

/** The names shown in the menu: a name kept more than once is numbered in import order ("a.csv (2)"). */
export function menuNames(datasets: readonly DatasetInfo[]): ReadonlyMap<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const d of [...datasets].sort((a, b) => a.importedAt.localeCompare(b.importedAt))) {
    const n = (seen.get(d.name) ?? 0) + 1;
    seen.set(d.name, n);
    out.set(d.id, n === 1 ? d.name : `${d.name} (${n})`);
  }
  return out;
}

function go(id: string, datasets: readonly DatasetInfo[] = []) {
  // A copy of a `?data=` address opens from its address (which falls back on the copy when unreachable).
  const from = datasets.find((d) => d.id === id)?.sourceUrl;
  const query = from ? `?data=${encodeURIComponent(from)}` : `?ds=${id}`;
  window.location.assign(id === BUNDLED ? window.location.pathname : `${window.location.pathname}${query}`);
}

export function DatasetSwitcher({ current }: { current: string | null }) {
  const [datasets, setDatasets] = useState<readonly DatasetInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const keep = useKeepState(current);
  // A dataset picked with the keys, not opened yet (null: none).
  const [pending, setPending] = useState<string | null>(null);
  const byKey = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` and `keep` re-read the list after a change.
  useEffect(
    function readList() {
      void listDatasets().then((list) => {
        if (list.ok) setDatasets(list.value);
        else setError(list.error);
      });
    },
    [version, keep?.status],
  );
  const active = datasets.find((d) => d.id === current) ?? null;
  const names = menuNames(datasets);
  // Numbered as it will be once listed (the newest), so its name does not change when the list is read.
  const namesakes = keep ? datasets.filter((d) => d.name === keep.name).length : 0;
  const unlisted = keep
    ? `${keep.name}${namesakes > 0 ? ` (${namesakes + 1})` : ''}${keep.status === 'keeping' ? ' (keeping…)' : keep.status === 'failed' ? ' (not kept)' : ''}`
    : 'Not in this browser';
  const shownId = current ?? BUNDLED;
  const waiting = pending !== null && pending !== shownId ? pending : null;
  const nameOf = (id: string) => (id === BUNDLED ? 'Bundled corpus' : (names.get(id) ?? id));
  const describe = (d: DatasetInfo) =>
    `${d.name} (${d.events.toLocaleString('en-GB')} events${d.from ? `, ${d.from} to ${d.to}` : ''}; imported ${d.importedAt.slice(0, 10)})`;
  return (
    <div className="dl-datasets">
      <label>
        <span className="dl-visually-hidden">Dataset</span>
        <select
          value={waiting ?? shownId}
          onPointerDown={() => {
            byKey.current = false;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && waiting !== null) go(waiting, datasets);
            else byKey.current = BROWSING_KEYS.test(e.key);
          }}
          onChange={(e) => {
            const id = e.currentTarget.value;
            if (byKey.current) setPending(id);
            else go(id, datasets);
          }}
          aria-label="Dataset"
        >
          <option value={BUNDLED}>Bundled corpus</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.id} title={describe(d)}>
              {names.get(d.id) ?? d.name}
            </option>
          ))}
          {current && !active && <option value={current}>{unlisted}</option>}
        </select>
      </label>
      {waiting !== null && (
        <button type="button" className="dl-header__button" onClick={() => go(waiting, datasets)}>
          Switch <span className="dl-visually-hidden">to “{nameOf(waiting)}”</span>
        </button>
      )}
      {active && waiting === null && (
        <>
          <button
            type="button"
            className="dl-header__button"
            onClick={async () => {
              const name = window.prompt('New name for this dataset', active.name)?.trim();
              if (!name) return;
              const done = await renameDataset(active.id, name);
              if (done.ok) setVersion((v) => v + 1);
              else setError(done.error);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="dl-header__button"
            onClick={async () => {
              if (!window.confirm(`Delete “${active.name}” from this browser?`)) return;
              const done = await deleteDataset(active.id);
              if (done.ok) go(BUNDLED);
              else setError(done.error);
            }}
          >
            Delete
          </button>
        </>
      )}
      {keep?.status === 'keeping' && !active && (
        <span role="status" className="dl-datasets__keeping">
          Keeping in this browser…
        </span>
      )}
      {keep?.status === 'failed' && (
        <span role="alert" className="dl-datasets__error">
          {keep.error} It is open in this tab only, and a reload loses it.
        </span>
      )}
      {error && (
        <span role="alert" className="dl-datasets__error">
          {error}
        </span>
      )}
    </div>
  );
}
