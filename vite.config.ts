import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The boundaries (geo/) and the corpus (data/) are imported with `?url`, so Vite
// emits them as hashed files fetched at run time, never inlined in the JS bundle.
export default defineConfig({
  plugins: [react()],
  build: {
    // Boundaries and corpus must stay separate files however small they are.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
