/**
 * Pre-render every diagram to SVG, in both themes, after `vite build`: serve dist/, open the
 * app's own /__render-check page in Chromium (the same mermaid wrapper users run) and write
 * each SVG to dist/content/svg/<source-hash>.<theme>.svg. A diagram page then shows its SVG
 * without loading mermaid at all; anything missing here is simply rendered in the browser.
 *
 * Needs the system Chromium (`apt-get install -y chromium`). Without it this step says so and
 * leaves the build as it is (diagrams are then rendered on demand), so `npm run build` still works.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startPreview } from './preview-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'content', 'svg');

interface Report {
  done: boolean;
  total: number;
  results: { ok: boolean; id: string; view: string; theme: string; error?: string }[];
  error?: string;
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'content', 'index.json'))) {
    console.error('prerender: dist/content/index.json is missing; run `npm run build` first');
    return 1;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`prerender: no Chromium at ${CHROMIUM_PATH}; skipped (diagrams will be rendered in the browser)`);
    return 0;
  }
  const t0 = performance.now();
  const server = await startPreview(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    // No service worker: this page must fetch and render, not read a cache.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/__render-check?keep=1`);
    await page.waitForFunction(() => window.__atlasRenderReport?.done === true, undefined, { timeout: 15 * 60_000, polling: 500 });
    const report = (await page.evaluate(() => window.__atlasRenderReport)) as Report;
    if (report.error) throw new Error(report.error);
    const paths = await page.evaluate(() => Object.keys(window.__atlasRenderSvgs ?? {}));
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    let bytes = 0;
    for (let i = 0; i < paths.length; i += 50) {
      const batch = paths.slice(i, i + 50);
      const svgs = await page.evaluate((keys) => keys.map((k) => window.__atlasRenderSvgs?.[k] ?? ''), batch);
      await Promise.all(
        batch.map((p, j) => {
          const svg = svgs[j] ?? '';
          bytes += svg.length;
          return svg.startsWith('<svg') ? writeFile(join(DIST, 'content', p), svg) : Promise.resolve();
        }),
      );
    }
    const failed = report.results.filter((r) => !r.ok);
    for (const f of failed) console.error(`prerender: ${f.id} (${f.view}, ${f.theme}) failed: ${f.error ?? 'unknown error'}`);
    console.error(
      `prerender: ${paths.length} SVGs (${Math.round(bytes / 1024)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${failed.length} failed`,
    );
    return failed.length ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`prerender: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
