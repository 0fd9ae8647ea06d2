// Serves the production build (dist/, made by `npm run test:e2e`) on 127.0.0.1 at a free port,
// and checks that a Chromium is there. No Chromium is a failure, never a skip.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync('dist/index.html'))
    throw new Error('No production build in dist/: run "npm run test:e2e", which builds first.');
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('chromiumPath', executable);
  return async function teardown() {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
