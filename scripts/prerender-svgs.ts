/**
 * Pre-render diagrams to SVG, in both themes, after `vite build`: serve dist/, open the app's own
 * /__render-check page in Chromium (the same mermaid wrapper users run) and write each SVG to
 * dist/content/svg/<source-hash>.<theme>.svg. A diagram page then shows its SVG without loading
 * mermaid at all; anything missing here is simply rendered in the browser.
 *
 * SVG names are hashes of their source, so they are kept across builds in `.cache/prerender/`
 * (outside dist/, which vite empties): only sources never drawn before are rendered, the rest are
 * copied, and cached files no build needs any more are removed. The step also writes
 * dist/content/render-report.json (every render, drawn now or earlier, for the browser suite) and
 * dist/content/offline.json (every payload and SVG with its size, for "Save all for offline").
 *
 * Needs the system Chromium (`apt-get install -y chromium`). Without it this step says so and
 * leaves the build as it is (diagrams are then rendered on demand), so `npm run build` still works.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { EntryPayload, StartupIndex } from '../src/content-schema/index-types';
import { prerenderedPath } from '../src/content-schema/source-hash';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startPreview } from './preview-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.ATLAS_DIST ?? 'dist');
const CONTENT = join(DIST, 'content');
const OUT = join(CONTENT, 'svg');
/**
 * The same source can draw differently after a change to the renderer, its palette or mermaid, so the
 * cache is one folder per version of those (old folders are removed).
 */
const RENDERER_FILES = [
  'src/features/diagram-viewer/mermaid-render.ts',
  'src/features/diagram-viewer/atlas-theme.ts',
  'src/content-schema/taxonomy.ts',
  'node_modules/mermaid/package.json',
];
const RENDERER = createHash('sha256')
  .update(RENDERER_FILES.map((f) => (existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f)) : '')).join('\0'))
  .digest('hex')
  .slice(0, 12);
const CACHE_ROOT = process.env.ATLAS_PRERENDER_CACHE ?? join(ROOT, '.cache', 'prerender');
const CACHE = join(CACHE_ROOT, RENDERER);
const THEMES = ['light', 'dark'] as const;

interface Job {
  id: string;
  category: string;
  view: string;
  theme: (typeof THEMES)[number];
  source: string;
  path: string;
}
interface Report {
  done: boolean;
  total: number;
  results: { ok: boolean; id: string; view: string; theme: string; ms: number; bytes: number; error?: string }[];
  error?: string;
}

async function jobsOf(index: StartupIndex): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const e of index.entries) {
    const p = JSON.parse(await readFile(join(CONTENT, 'd', `${e.id}.json`), 'utf8')) as EntryPayload;
    const views = [
      { view: 'primary', source: p.source },
      ...p.views.map((v, i) => ({ view: v.title || `view ${i + 2}`, source: v.source })),
    ];
    for (const theme of THEMES)
      for (const v of views)
        jobs.push({ id: e.id, category: e.category, view: v.view, theme, source: v.source, path: prerenderedPath(v.source, theme) });
  }
  return jobs;
}

/** `file:line` of a diagram in its entry, so a render failure points where the author can fix it. */
async function locate(job: Job, dataDir: string): Promise<string> {
  const file = join('data', 'entries', job.category, `${job.id}.md`);
  try {
    const lines = (await readFile(join(dataDir, 'entries', job.category, `${job.id}.md`), 'utf8')).split('\n');
    const first = job.source.split('\n')[0] ?? '';
    const at = lines.findIndex((l, i) => l === first && /^```mermaid/.test(lines[i - 1] ?? ''));
    return `${file}:${at >= 0 ? at + 1 : 1}`;
  } catch {
    return `${file}:1`;
  }
}

async function render(jobs: Job[]): Promise<{ report: Report; svgs: Map<string, string> }> {
  const server = await startPreview(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    // No service worker: this page must fetch and render, not read a cache.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(
      (only) => {
        window.__atlasRenderOnly = only;
      },
      [...new Set(jobs.map((j) => j.path))],
    );
    await page.goto(`${server.origin}${server.base}__render-check?keep=1`);
    await page.waitForFunction(() => window.__atlasRenderReport?.done === true, undefined, { timeout: 30 * 60_000, polling: 500 });
    const report = (await page.evaluate(() => window.__atlasRenderReport)) as Report;
    if (report.error) throw new Error(report.error);
    const paths = await page.evaluate(() => Object.keys(window.__atlasRenderSvgs ?? {}));
    const svgs = new Map<string, string>();
    for (let i = 0; i < paths.length; i += 50) {
      const batch = paths.slice(i, i + 50);
      const texts = await page.evaluate((keys) => keys.map((k) => window.__atlasRenderSvgs?.[k] ?? ''), batch);
      batch.forEach((p, j) => svgs.set(p, texts[j] ?? ''));
    }
    return { report, svgs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(CONTENT, 'index.json'))) {
    console.error('prerender: dist/content/index.json is missing; run `npm run build` first');
    return 1;
  }
  const t0 = performance.now();
  const index = JSON.parse(await readFile(join(CONTENT, 'index.json'), 'utf8')) as StartupIndex;
  const jobs = await jobsOf(index);
  const needed = new Set(jobs.map((j) => j.path));
  await mkdir(join(CACHE, 'svg'), { recursive: true });
  for (const old of await readdir(CACHE_ROOT)) if (old !== RENDERER) await rm(join(CACHE_ROOT, old), { recursive: true, force: true });
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });

  const cached = new Set((await readdir(join(CACHE, 'svg'))).map((f) => `svg/${f}`));
  const missing = jobs.filter((j) => !cached.has(j.path));
  let report: Report = { done: true, total: 0, results: [] };
  let drawn = 0;
  if (missing.length && !existsSync(CHROMIUM_PATH)) {
    console.error(`prerender: no Chromium at ${CHROMIUM_PATH}; ${missing.length} SVGs not drawn (they will be rendered in the browser)`);
  } else if (missing.length) {
    const r = await render(missing);
    report = r.report;
    for (const [p, svg] of r.svgs) {
      if (!svg.startsWith('<svg')) continue;
      await writeFile(join(CACHE, p), svg);
      cached.add(p);
      drawn++;
    }
  }
  // Restore every SVG this build needs; drop cached ones it does not (orphans of edited diagrams).
  for (const p of cached) {
    if (needed.has(p)) await copyFile(join(CACHE, p), join(CONTENT, p));
    else await rm(join(CACHE, p), { force: true });
  }

  // The full report, earlier renders included, for the browser suite and the bench.
  const fresh = new Map(report.results.map((r) => [`${r.id}\0${r.view}\0${r.theme}`, r]));
  const all = [];
  for (const j of jobs) {
    const r = fresh.get(`${j.id}\0${j.view}\0${j.theme}`);
    const bytes = cached.has(j.path) ? (await stat(join(CONTENT, j.path))).size : 0;
    all.push({
      id: j.id,
      view: j.view,
      theme: j.theme,
      path: j.path,
      ok: r ? r.ok : cached.has(j.path),
      ms: r?.ms ?? null,
      bytes,
      error: r?.error,
    });
  }
  await writeFile(join(CONTENT, 'render-report.json'), JSON.stringify({ mermaidVersion: index.mermaidVersion, drawn, results: all }));
  await writeOfflineManifest(index, jobs, cached);

  const failed = report.results.filter((r) => !r.ok);
  for (const f of failed) {
    const job = missing.find((j) => j.id === f.id && j.view === f.view && j.theme === f.theme);
    const where = job ? await locate(job, join(ROOT, 'data')) : f.id;
    console.error(`${where} → mermaid (${f.view}, ${f.theme}) → did not render in Chromium: ${f.error ?? 'unknown error'}`);
  }
  console.error(
    `prerender: ${needed.size} SVGs needed, ${drawn} drawn, ${needed.size - missing.length} from the cache, in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${failed.length} failed`,
  );
  return failed.length ? 1 : 0;
}

/** Every file "Save all diagrams for offline" fetches, with its size and category. */
async function writeOfflineManifest(index: StartupIndex, jobs: Job[], svgs: Set<string>): Promise<void> {
  const category = new Map(index.entries.map((e) => [e.id, e.category]));
  const files: { path: string; bytes: number; category: string }[] = [];
  for (const e of index.entries) {
    const path = `d/${e.id}.json`;
    files.push({ path, bytes: (await stat(join(CONTENT, path))).size, category: e.category });
  }
  const seen = new Set<string>();
  for (const j of jobs) {
    if (seen.has(j.path) || !svgs.has(j.path)) continue;
    seen.add(j.path);
    files.push({ path: j.path, bytes: (await stat(join(CONTENT, j.path))).size, category: category.get(j.id) ?? 'other' });
  }
  await writeFile(join(CONTENT, 'offline.json'), JSON.stringify({ contentHash: index.contentHash, files }));
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
