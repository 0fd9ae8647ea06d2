import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useOpenCount } from './app/open-in-place';
import './app/app.css';
import './app/ux.css';
import './app/theme-dark.css';

/** A dataset opened in place (src/app/open-in-place.ts) mounts the app afresh, as a reload would. */
function Root() {
  return <App key={useOpenCount()} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
