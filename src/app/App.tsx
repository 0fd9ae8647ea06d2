// Composition root: loaded data → map, panels and notices.
import { BaseMap } from '../map/BaseMap';
import { DataNotice } from '../ui/DataNotice';
import { ErrorPanel, LoadingPanel } from '../ui/StatusPanel';
import { useAppData } from './use-app-data';

export function App() {
  const data = useAppData();
  const boundaries = data.boundaries.status === 'ready' ? data.boundaries.value : null;
  const model = data.corpus.status === 'ready' ? data.corpus.value : null;
  return (
    <div className="dl-app">
      <header className="dl-header">
        <h1 className="dl-brand">
          Dateline <span className="dl-brand__tag">news on the map</span>
        </h1>
        {model && (
          <p className="dl-header__count" data-testid="event-count">
            {model.corpus.events.length} events · {model.corpus.sources.length} sources
          </p>
        )}
      </header>
      <main className="dl-main">
        <div className="dl-map-wrap">
          <BaseMap boundaries={boundaries} />
          {data.boundaries.status === 'loading' && <LoadingPanel what="the map" />}
          {data.boundaries.status === 'error' && <ErrorPanel message={data.boundaries.error} onRetry={data.retry} />}
          {data.corpus.status === 'error' && <ErrorPanel message={data.corpus.error} onRetry={data.retry} />}
        </div>
        <DataNotice problems={data.problems} />
      </main>
    </div>
  );
}
