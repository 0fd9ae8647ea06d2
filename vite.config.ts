import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/csp.ts';

/** Writes the Content-Security-Policy into the built index.html (not in dev: hot reload runs inline code). */
function cspMeta(): Plugin {
  return {
    name: 'dateline-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The boundaries (geo/) and the corpus (data/) are imported with `?url`, so Vite
// emits them as hashed files fetched at run time, never inlined in the JS bundle.
export default defineConfig({
  plugins: [react(), cspMeta()],
  build: {
    // Boundaries and corpus must stay separate files however small they are.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
