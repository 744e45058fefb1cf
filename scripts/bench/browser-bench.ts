/**
 * In-browser timings against the production build served by `vite preview`, in the system
 * Chromium: diagram visible after a cold load and after a client-side route change (warm),
 * re-opening an already rendered diagram, per-keystroke latency of the search box, and the
 * JavaScript a first flowchart pulls in on top of the home page.
 *
 * Service workers are blocked in every context: a first visit would otherwise precache the
 * whole site (~5 MB) in the background while we time it, and a controlled page would answer
 * from that cache instead of the network the budgets are about.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { EntryPayload, IndexEntry, StartupIndex } from '../../src/content-schema/index-types';
import { INIT_PROBE, type KeySample } from './page-probes';
import { CHROMIUM, CHROMIUM_FLAGS } from './paths';
import { fileSize, total, type FileSize, type Size } from './sizes';
import { round, roundSummary, summarize, type Summary } from './stats';

export interface NavSample {
  id: string;
  diagram: string;
  ms: number;
  /** Navigation → SVG inserted in the DOM (the rest, up to `ms`, is style, layout and paint). */
  insertMs?: number;
  /** JS downloaded during this navigation (bytes, uncompressed). */
  jsBytes?: number;
  /** Cold loads: when the index, the payload and the last script arrived (ms since navigation). */
  indexAt?: number;
  payloadAt?: number;
  scriptsAt?: number;
}

export interface KeystrokeResult extends Summary {
  corpus: string;
  entries: number;
  queries: string[];
  /** Keystrokes whose results never showed (should be 0). */
  lost: number;
  /** Median animation frames from input to the frame with results. */
  framesP50: number;
  /** Input → first frame with the results (script, router and React work), p50/p95. */
  commit: { p50: number; p95: number };
}

export interface ChunkResult {
  entry: string;
  /** JS and CSS the home page loaded before any interaction, as observed. */
  home: Size & { files: FileSize[] };
  /** JS fetched after navigating to the flowchart that home did not load. */
  added: Size & { files: FileSize[] };
  /** Of `added`: the viewer's own chunk (react-zoom-pan-pinch, page) vs everything mermaid. */
  viewer: Size;
  mermaid: Size;
}

export interface BrowserResult {
  chromium: string;
  entries: { id: string; category: string; diagram: string }[];
  warmups: string[];
  cold: Summary & { samples: NavSample[] };
  warm: Summary & { samples: NavSample[] };
  reopen: Summary & { samples: NavSample[] };
  chunks?: ChunkResult;
  keystrokes: KeystrokeResult[];
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript({ content: INIT_PROBE });
  return ctx;
}

/**
 * A fixed, varied set: every systems diagram (architectures, the sequence-diagram request
 * flow, timelines), every debugging guide, and incidents spread evenly over the rest.
 * Warm-ups are incidents outside the set (a timeline plus a flowchart view, so both
 * renderers are loaded before warm timings start).
 */
export function pickEntries(index: StartupIndex, count = 20): { measured: IndexEntry[]; warmups: IndexEntry[] } {
  const byCat = (c: string): IndexEntry[] => index.entries.filter((e) => e.category === c).sort((a, b) => a.id.localeCompare(b.id));
  const systems = byCat('systems').slice(0, 8);
  const debugging = byCat('debugging').slice(0, 5);
  const incidents = byCat('incidents');
  const others = index.entries.filter((e) => !['systems', 'debugging', 'incidents'].includes(e.category)).slice(0, 3);
  const fixed = [...systems, ...debugging, ...others];
  const need = Math.max(0, count - fixed.length);
  const step = incidents.length / Math.max(1, need);
  const chosen = Array.from({ length: Math.min(need, incidents.length) }, (_, i) => incidents[Math.floor(i * step)]).filter(
    (e): e is IndexEntry => e !== undefined,
  );
  const measured = [...fixed, ...chosen].slice(0, count);
  const ids = new Set(measured.map((e) => e.id));
  const warmups = incidents.filter((e) => !ids.has(e.id)).slice(0, 2);
  return { measured, warmups };
}

const waitPaint = (page: Page, path: string, timeout = 30_000): Promise<unknown> =>
  page.waitForFunction(
    (p) => {
      const b = (window as unknown as { __atlasBench: { paintAt: number; svgPath: string; navStart: number } }).__atlasBench;
      return b.svgPath === p && b.paintAt > b.navStart;
    },
    path,
    { timeout, polling: 50 },
  );

/** Every diagram on the page (extra views included) rendered: nothing is left in mermaid's queue. */
const settle = async (page: Page): Promise<void> => {
  await page
    .waitForFunction(
      () => {
        const canvases = [...document.querySelectorAll('[data-testid=canvas]')];
        return canvases.length > 0 && canvases.every((c) => c.querySelector('[data-testid=diagram-svg] svg'));
      },
      null,
      { timeout: 20_000, polling: 100 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(100);
};

const readBench = (page: Page): Promise<{ paintAt: number; navStart: number; svgAt: number }> =>
  page.evaluate(() => {
    const b = (window as unknown as { __atlasBench: { paintAt: number; navStart: number; svgAt: number } }).__atlasBench;
    return { paintAt: b.paintAt, navStart: b.navStart, svgAt: b.svgAt };
  });

const navigate = (page: Page, path: string): Promise<void> =>
  page.evaluate((p) => (window as unknown as { __atlasNav: (p: string) => void }).__atlasNav(p), path);

async function coldSample(browser: Browser, origin: string, e: IndexEntry): Promise<NavSample> {
  const ctx = await newContext(browser);
  try {
    const page = await ctx.newPage();
    const path = `/d/${e.id}`;
    await page.goto(origin + path, { waitUntil: 'commit' });
    await waitPaint(page, path);
    const { paintAt, svgAt } = await readBench(page);
    // Callbacks passed to page.evaluate must not hold function-valued consts: tsx compiles
    // them with a `__name` helper that does not exist in the page.
    const timing = await page.evaluate((id) => {
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const out = { indexAt: 0, payloadAt: 0, scriptsAt: 0 };
      for (const r of res) {
        if (r.name.endsWith('/content/index.json')) out.indexAt = Math.max(out.indexAt, r.responseEnd);
        if (r.name.endsWith(`/content/d/${id}.json`)) out.payloadAt = Math.max(out.payloadAt, r.responseEnd);
        if (r.name.endsWith('.js')) out.scriptsAt = Math.max(out.scriptsAt, r.responseEnd);
      }
      return out;
    }, e.id);
    return { id: e.id, diagram: e.diagram, ms: round(paintAt), insertMs: round(svgAt), ...mapRound(timing) };
  } finally {
    await ctx.close();
  }
}

function mapRound<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)])) as T;
}

async function jsBytes(dist: string, urls: string[]): Promise<number> {
  let sum = 0;
  for (const u of urls) sum += (await fileSize(join(dist, new URL(u).pathname))).raw;
  return sum;
}

async function warmAndReopen(
  browser: Browser,
  origin: string,
  dist: string,
  measured: IndexEntry[],
  warmups: IndexEntry[],
): Promise<{ warm: NavSample[]; reopen: NavSample[] }> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-testid=search-input]');
  for (const w of warmups) {
    await navigate(page, `/d/${w.id}`);
    await waitPaint(page, `/d/${w.id}`);
    await settle(page);
  }
  const warm: NavSample[] = [];
  const reopen: NavSample[] = [];
  for (const e of measured) {
    const path = `/d/${e.id}`;
    const before = scripts.length;
    await navigate(page, path);
    await waitPaint(page, path);
    const w = await readBench(page);
    warm.push({
      id: e.id,
      diagram: e.diagram,
      ms: round(w.paintAt - w.navStart),
      insertMs: round(w.svgAt - w.navStart),
      jsBytes: await jsBytes(dist, scripts.slice(before)),
    });
    await settle(page);
    // Away (home) and back: the SVG for this theme is cached, so only the page has to mount.
    await navigate(page, '/');
    await page.waitForSelector('[data-testid=search-input]');
    await page.waitForTimeout(50);
    await navigate(page, path);
    await waitPaint(page, path);
    const r = await readBench(page);
    reopen.push({ id: e.id, diagram: e.diagram, ms: round(r.paintAt - r.navStart), insertMs: round(r.svgAt - r.navStart) });
    await settle(page);
  }
  await ctx.close();
  return { warm, reopen };
}

/** The first flowchart without extra views, preferring debugging guides (flowchart only). */
async function flowchartEntry(dist: string, index: StartupIndex): Promise<IndexEntry | undefined> {
  const candidates = index.entries
    .filter((e) => e.diagram.startsWith('flowchart'))
    .sort((a, b) => Number(b.category === 'debugging') - Number(a.category === 'debugging') || a.id.localeCompare(b.id));
  for (const e of candidates) {
    const p = JSON.parse(await readFile(join(dist, 'content', 'd', `${e.id}.json`), 'utf8')) as EntryPayload;
    if (p.views.length === 0) return e;
  }
  return candidates[0];
}

async function chunkSizes(browser: Browser, origin: string, dist: string, entry: IndexEntry): Promise<ChunkResult> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const loaded: { url: string; type: string }[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if ((type === 'script' || type === 'stylesheet') && r.url().startsWith(origin)) loaded.push({ url: r.url(), type });
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-testid=search-input]');
  await page.waitForLoadState('networkidle');
  const home = [...new Set(loaded.map((l) => l.url))];
  const homeFiles = await Promise.all(home.map((u) => fileSize(join(dist, new URL(u).pathname), new URL(u).pathname)));
  const before = loaded.length;
  await navigate(page, `/d/${entry.id}`);
  await waitPaint(page, `/d/${entry.id}`);
  await settle(page);
  await page.waitForLoadState('networkidle');
  const added = [...new Set(loaded.slice(before).map((l) => l.url))].filter((u) => !home.includes(u) && u.endsWith('.js'));
  const addedFiles = await Promise.all(added.map((u) => fileSize(join(dist, new URL(u).pathname), new URL(u).pathname)));
  await ctx.close();
  // The app's own code in the diagram route (page and its mermaid wrapper) vs mermaid itself.
  const isViewer = (f: FileSize): boolean => /\/(diagram-page|mermaid-render)-[^/]+\.js$/.test(f.file);
  return {
    entry: entry.id,
    home: { ...total(homeFiles), files: homeFiles },
    added: { ...total(addedFiles), files: addedFiles.sort((a, b) => b.gzip - a.gzip) },
    viewer: total(addedFiles.filter(isViewer)),
    mermaid: total(addedFiles.filter((f) => !isViewer(f))),
  };
}

/** Type each query into the search box one key at a time; one sample per keystroke. */
export async function keystrokes(browser: Browser, origin: string, corpus: string, entries: number, queries: string[]): Promise<KeystrokeResult> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(`${origin}/`);
  const input = page.locator('[data-testid=search-input]');
  await input.waitFor();
  const samples: KeySample[] = [];
  // One untimed query first: the engine is built on first use, and that is index load, not typing.
  await input.fill('warm up');
  await page.waitForTimeout(300);
  for (const q of queries) {
    await input.fill('');
    await page.waitForTimeout(150);
    await input.click();
    await page.evaluate(() => {
      const b = (window as unknown as { __atlasBench: { armed: boolean; keys: unknown[] } }).__atlasBench;
      b.armed = true;
      b.keys = [];
    });
    for (let i = 0; i < q.length; i++) {
      await page.keyboard.type(q[i] ?? '');
      await page.waitForFunction((n) => (window as unknown as { __atlasBench: { keys: unknown[] } }).__atlasBench.keys.length >= n, i + 1, {
        timeout: 30_000,
        polling: 10,
      });
    }
    samples.push(
      ...(await page.evaluate(() => {
        const b = (window as unknown as { __atlasBench: { armed: boolean; keys: KeySample[] } }).__atlasBench;
        b.armed = false;
        return b.keys.map((k) => ({ value: k.value, ms: k.ms, commitMs: k.commitMs, frames: k.frames }));
      })),
    );
  }
  await ctx.close();
  const ok = samples.filter((s) => s.ms >= 0);
  const frames = summarize(ok.map((s) => s.frames));
  return {
    corpus,
    entries,
    queries,
    ...roundSummary(summarize(ok.map((s) => s.ms))),
    lost: samples.length - ok.length,
    framesP50: frames.p50,
    commit: (({ p50, p95 }) => ({ p50, p95 }))(roundSummary(summarize(ok.map((s) => s.commitMs)))),
  };
}

export async function benchBrowser(
  browser: Browser,
  origin: string,
  dist: string,
  index: StartupIndex,
  typed: string[],
  log: (msg: string) => void,
): Promise<Omit<BrowserResult, 'keystrokes'> & { keystroke: KeystrokeResult }> {
  const { measured, warmups } = pickEntries(index);
  log(`cold loads of ${measured.length} diagrams`);
  const cold: NavSample[] = [];
  for (const e of measured) cold.push(await coldSample(browser, origin, e));
  log('warm route changes and re-opens');
  const { warm, reopen } = await warmAndReopen(browser, origin, dist, measured, warmups);
  log('JS pulled by a first flowchart');
  const fc = await flowchartEntry(dist, index);
  const chunks = fc ? await chunkSizes(browser, origin, dist, fc) : undefined;
  log('per-keystroke latency in the page');
  const keystroke = await keystrokes(browser, origin, 'real', index.entries.length, typed);
  const pack = (s: NavSample[]): Summary & { samples: NavSample[] } => ({ ...roundSummary(summarize(s.map((x) => x.ms))), samples: s });
  return {
    chromium: browser.version(),
    entries: measured.map((e) => ({ id: e.id, category: e.category, diagram: e.diagram })),
    warmups: warmups.map((w) => w.id),
    cold: pack(cold),
    warm: pack(warm),
    reopen: pack(reopen),
    chunks,
    keystroke,
  };
}
