/**
 * The JavaScript a first flowchart pulls in on top of the home page: load home in a fresh
 * context, navigate client-side to a flowchart, and size every script fetched after that
 * which home had not loaded, from the files in dist/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { EntryPayload, IndexEntry, StartupIndex } from '../../src/content-schema/index-types';
import { navigate, newContext, settle, waitPaint } from './browser-session';
import { fileSize, total, type FileSize, type Size } from './sizes';

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

/** The first flowchart without extra views, preferring debugging guides (flowchart only). */
export async function flowchartEntry(dist: string, index: StartupIndex): Promise<IndexEntry | undefined> {
  const candidates = index.entries
    .filter((e) => e.diagram.startsWith('flowchart'))
    .sort((a, b) => Number(b.category === 'debugging') - Number(a.category === 'debugging') || a.id.localeCompare(b.id));
  for (const e of candidates) {
    const p = JSON.parse(await readFile(join(dist, 'content', 'd', `${e.id}.json`), 'utf8')) as EntryPayload;
    if (p.views.length === 0) return e;
  }
  return candidates[0];
}

export async function chunkSizes(browser: Browser, origin: string, dist: string, entry: IndexEntry): Promise<ChunkResult> {
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

