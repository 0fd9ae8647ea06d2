// Which data the map shows: the bundled corpus or a dataset imported into this browser, with rename
// and delete for the imported ones. Switching opens `?ds=<id>` (or no `ds` for the bundled corpus).
// A dataset this tab has just imported is shown while its copy is written (src/load/keeping.ts), and
// listed once it is kept — or says why it could not be.
import { useEffect, useState } from 'react';
import { useKeepState } from '../app/use-keep-state';
import { type DatasetInfo, deleteDataset, listDatasets, renameDataset } from '../load/dataset-store';

const BUNDLED = '';

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
  const unlisted = keep
    ? `${keep.name}${keep.status === 'keeping' ? ' (keeping…)' : keep.status === 'failed' ? ' (not kept)' : ''}`
    : current;
  const describe = (d: DatasetInfo) =>
    `${d.name} (${d.events.toLocaleString('en-GB')} events${d.from ? `, ${d.from} to ${d.to}` : ''}; imported ${d.importedAt.slice(0, 10)})`;
  return (
    <div className="dl-datasets">
      <label>
        <span className="dl-visually-hidden">Dataset</span>
        <select
          value={current ?? BUNDLED}
          onChange={(e) => go(e.currentTarget.value, datasets)}
          aria-label="Dataset"
        >
          <option value={BUNDLED}>Bundled corpus</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.id} title={describe(d)}>
              {d.name}
            </option>
          ))}
          {current && !active && <option value={current}>{unlisted}</option>}
        </select>
      </label>
      {active && (
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
