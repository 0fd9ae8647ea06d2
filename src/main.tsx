// The entry: a dynamic import only, so that the browser's end of parsing, React's evaluation
// (src/boot.tsx) and the app's (src/app/App.tsx, with the page's styles) run as three tasks, not one:
// evaluated as one module graph they were a 107-130 ms task at start-up on a 2-core machine
// (test/e2e/startup-long-tasks.e2e.ts).
void import('./boot');
