import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { discPng, ICON_SIZES } from './scripts/app-icons.ts';
import { precompressed } from './scripts/precompressed.ts';
import { CSP_SCRIPT, contentSecurityPolicyBound, cspBootScript } from './src/app/csp.ts';

/**
 * The Content-Security-Policy (src/app/csp.ts): the outer bound as a static <meta>, then the boot script
 * that writes the page's own, stricter policy before the app's module runs. Not in dev: hot reload runs
 * inline code.
 */
function cspMeta(): Plugin {
  let base = '/';
  return {
    name: 'dateline-csp-meta',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyBound() },
        injectTo: 'head-prepend',
      },
      { tag: 'script', attrs: { src: `${base}${CSP_SCRIPT}` }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CSP_SCRIPT, source: cspBootScript() });
    },
  };
}

/** Emits the manifest's PNG icons, drawn at build time (scripts/app-icons.ts). */
function appIcons(): Plugin {
  return {
    name: 'dateline-app-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES)
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: discPng(size) });
    },
  };
}

/**
 * The favicon: the same disc, 32 px on a clear ground, as a PNG data URL. Not SVG: Chromium fetches the
 * favicon again after each history entry the app writes (every filter change), and an SVG icon is then
 * parsed as a document on the page's main thread, 6–15 ms inside the filter's redraw.
 */
function favicon(): Plugin {
  const href = `data:image/png;base64,${discPng(32, undefined, 'clear').toString('base64')}`;
  return {
    name: 'dateline-favicon',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', type: 'image/png', href }, injectTo: 'head' },
    ],
  };
}

// The boundaries (geo/) and the corpus (data/) are imported with `?url`, so Vite
// emits them as hashed files fetched at run time, never inlined in the JS bundle.
export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    appIcons(),
    favicon(),
    precompressed(),
    // Offline after the first visit: a Workbox service worker precaches the app, geo/ and data/ (every
    // file of the build). Same-origin only: the optional tile layer is never cached. A new build or corpus
    // changes the precache manifest, and src/ui/UpdatePrompt.tsx offers to reload.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Dateline',
        short_name: 'Dateline',
        description: 'A map of what the news reports, where it happened.',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0072b2',
        icons: ICON_SIZES.map((size) => ({
          src: `icon-${size}.png`,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: 'any maskable',
        })),
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The boundaries are the largest file (~350 KB); a 1M-event corpus would not be precached anyway.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    // Boundaries and corpus must stay separate files however small they are.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': contentSecurityPolicyBound() } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
