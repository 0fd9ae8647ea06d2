import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openCount, subscribeToOpenings } from './app/open-in-place';
import './app/app.css';
import './app/ux.css';
import './app/theme-dark.css';

/**
 * A dataset opened in place (src/app/open-in-place.ts) mounts the app afresh, as a reload would: in a
 * transition, so that rendering the new app yields to the browser between components.
 */
function Root() {
  const [key, setKey] = useState(openCount);
  useEffect(function followOpenings() {
    return subscribeToOpenings(() => startTransition(() => setKey(openCount())));
  }, []);
  return <App key={key} />;
}

// The end of the app bundle's evaluation (one task with the browser's module loading): the start-up
// long-task test names that task apart (test/e2e/startup-long-tasks.e2e.ts).
performance.mark('dateline:evaluated');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
