// The entry: nothing but the styles and a dynamic import, so that the browser's end of parsing, React's
// evaluation (src/boot.tsx) and the app's (src/app/App.tsx) run as three tasks, not one: together they
// were a 110-130 ms task at start-up on a 2-core machine (test/e2e/startup-long-tasks.e2e.ts).
import './app/app.css';
import './app/ux.css';
import './app/theme-dark.css';

void import('./boot');
