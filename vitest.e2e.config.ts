import { defineConfig } from 'vitest/config';

// Real-Chromium tests against the production build in dist/ (built by `npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    // A loaded CI machine can take more than the default 1 s for a UI update to show.
    expect: { poll: { timeout: 5_000, interval: 50 } },
    hookTimeout: 60_000,
    // Two cores: one Chromium per file at a time keeps timings steady.
    fileParallelism: false,
  },
});
