import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { basePath } from './scripts/base-path';

/**
 * Content-Security-Policy for the built app. Only what Atlas needs: its own scripts, styles
 * (mermaid writes inline <style> into each SVG, hence 'unsafe-inline' for styles only), images
 * from data:/blob: for PNG export, and fetches to itself. Injected at build time because the
 * dev server needs inline scripts for hot reload.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * Inline the (small, ~2 KB gzip) stylesheet into index.html: one render-blocking request
 * fewer on first load. The CSP already allows inline styles (mermaid needs them).
 */
function inlineCss(): Plugin {
  return {
    name: 'atlas-inline-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const re = new RegExp(`<link rel="stylesheet" crossorigin href="${esc(BASE)}(assets/[^"]+\\.css)">`, 'g');
        return html.replace(re, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          return asset && asset.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
      },
    },
  };
}

/**
 * The path the site is served under: `/` by default, `ATLAS_BASE=/atlas/ npm run build` (or
 * `npm run build -- --base /atlas/`, see scripts/build.mjs) for a sub-path. Always with slashes at both ends.
 */
export const BASE = basePath();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export default defineConfig({
  base: BASE,
  // A build elsewhere than dist/ brings its own static folder (see scripts/build.mjs).
  publicDir: process.env.ATLAS_PUBLIC ?? 'public',
  plugins: [
    react(),
    csp(),
    inlineCss(),
    VitePWA({
      // A new deploy waits for the user ("New diagrams available — reload", src/lib/register-sw.ts).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'opensearch.xml', 'icons/*.png'],
      manifest: {
        name: 'Atlas — how systems are built and how they fail',
        short_name: 'Atlas',
        description: 'Offline explorer of diagrams for on-call engineers: architectures, incidents and debugging guides.',
        theme_color: '#0f172a',
        background_color: '#0f172a',
        display: 'standalone',
        start_url: BASE,
        scope: BASE,
        icons: [
          { src: `${BASE}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `${BASE}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
          { src: `${BASE}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell and the startup index only: search works offline after one visit, and a phone's
        // first visit stays small at 1,000 entries. Payloads and SVGs are cached as they are opened, or
        // all at once by "Save all diagrams for offline" (src/features/offline/), into the caches below.
        globPatterns: ['**/*.{js,css,html,png,ico,txt,webmanifest}', 'favicon.svg', 'content/startup.json', 'content/labels.json'],
        // Per-diagram page shells (scripts/page-shells.ts) are for link previews, never precached.
        globIgnores: ['d/**'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: `${BASE}index.html`,
        navigateFallbackDenylist: [new RegExp(`^${esc(BASE)}content/`)],
        // Pre-rendered SVGs (written after this manifest is made) are cached as they are opened;
        // their names are content hashes, so a cached file is never stale.
        runtimeCaching: [
          {
            urlPattern: /\/content\/svg\/[0-9a-f]+\.(light|dark)\.svg$/,
            handler: 'CacheFirst',
            options: { cacheName: 'atlas-svg' },
          },
          {
            // Payload names are stable ids, not hashes: the network wins when there is one, the cache offline.
            urlPattern: /\/content\/d\/[a-z0-9-]+\.json$/,
            handler: 'NetworkFirst',
            options: { cacheName: 'atlas-payloads', networkTimeoutSeconds: 4 },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  // The manifest tells scripts/page-shells.ts which chunks a diagram link needs, to preload them.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500, manifest: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
