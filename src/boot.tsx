// React and the root (loaded by src/main.tsx). The app (Leaflet, the map and the panels: most of the
// code, with the page's styles) is a chunk of its own, evaluated in a task of its own; the root is
// rendered once it is in, as when it was imported statically.
import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { App as AppComponent } from './app/App';
import { openCount, subscribeToOpenings } from './app/open-in-place';

/**
 * A dataset opened in place (src/app/open-in-place.ts) mounts the app afresh, as a reload would: in a
 * transition, so that rendering the new app yields to the browser between components.
 */
function Root({ App }: { readonly App: typeof AppComponent }) {
  const [key, setKey] = useState(openCount);
  useEffect(function followOpenings() {
    return subscribeToOpenings(() => startTransition(() => setKey(openCount())));
  }, []);
  return <App key={key} />;
}

const root = document.getElementById('root');
if (root) {
  void import('./app/App').then(({ App }) =>
    createRoot(root).render(
      <StrictMode>
        <Root App={App} />
      </StrictMode>,
    ),
  );
}
