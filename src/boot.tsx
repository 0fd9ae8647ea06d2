import { lazy, StrictMode, Suspense, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { openCount, subscribeToOpenings } from './app/open-in-place';

// React and the root (loaded by src/main.tsx). The app (Leaflet, the map and the panels: most of the
// code) is a chunk of its own, evaluated in a task of its own.
const App = lazy(() => import('./app/App').then((m) => ({ default: m.App })));

/**
 * A dataset opened in place (src/app/open-in-place.ts) mounts the app afresh, as a reload would: in a
 * transition, so that rendering the new app yields to the browser between components.
 */
function Root() {
  const [key, setKey] = useState(openCount);
  useEffect(function followOpenings() {
    return subscribeToOpenings(() => startTransition(() => setKey(openCount())));
  }, []);
  return (
    <Suspense fallback={null}>
      <App key={key} />
    </Suspense>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
