/**
 * In-browser timings against the production build served by `vite preview`, in the system
 * Chromium: diagram visible after a cold load and after a client-side route change (warm),
 * and re-opening an already rendered diagram; with the first-flowchart JS (browser-chunks.ts)
 * and the search box's keystroke latency (browser-keystrokes.ts) in one pass.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { IndexEntry, StartupIndex } from '../../src/content-schema/index-types';
import { chunkSizes, flowchartEntry, type ChunkResult } from './browser-chunks';
import { keystrokes, type KeystrokeResult } from './browser-keystrokes';
import { navigate, newContext, readBench, settle, waitPaint } from './browser-session';
import { fileSize } from './sizes';
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

/**
 * A fixed, varied set: the first eight systems diagrams (architectures, request flows as
 * sequence diagrams, timelines), five debugging guides, up to three entries of other
 * categories, and incidents spread evenly over the rest.
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
  const keystroke = await keystrokes(browser, origin, 'real', index, typed);
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
