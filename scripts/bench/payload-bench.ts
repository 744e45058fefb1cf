/**
 * Payload sizes read from the production build: the home page's first view (what index.html
 * makes the browser fetch before anything else: entry script, modulepreloads, stylesheets),
 * the startup index, and the service worker's precache.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './paths';
import { fileSize, total, type FileSize, type Size } from './sizes';

export interface PayloadResult {
  home: Size & { files: FileSize[] };
  /** What the app loads before its first view (startup.json), and the labels it loads after (labels.json). */
  index: FileSize & { entries: number };
  labels: FileSize;
  precache: Size & { files: number; byKind: Record<string, Size & { files: number }> };
}

/** Local asset URLs of the first view, in document order. */
export function firstViewAssets(html: string): string[] {
  const out: string[] = [];
  const add = (url: string | undefined): void => {
    if (url && url.startsWith('/') && !url.startsWith('//') && !out.includes(url)) out.push(url);
  };
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g)) add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (rel === 'modulepreload' || rel === 'stylesheet') add(/\bhref="([^"]+)"/.exec(tag)?.[1]);
  }
  return out;
}

/** URLs listed in the workbox precache manifest inside dist/sw.js. */
export function precacheUrls(sw: string): string[] {
  const manifest = /precacheAndRoute\(\s*(\[[\s\S]*?\])\s*,/.exec(sw)?.[1] ?? '';
  return [...manifest.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

export async function benchPayload(): Promise<PayloadResult> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const homeFiles = await Promise.all(firstViewAssets(html).map((u) => fileSize(join(DIST, u), u)));
  const indexPath = join(DIST, 'content', 'startup.json');
  const indexSize = await fileSize(indexPath, 'content/startup.json');
  const labels = await fileSize(join(DIST, 'content', 'labels.json'), 'content/labels.json');
  const entries = (JSON.parse(await readFile(indexPath, 'utf8')) as { entries: unknown[] }).entries.length;

  const urls = precacheUrls(await readFile(join(DIST, 'sw.js'), 'utf8'));
  const files = await Promise.all(urls.map((u) => fileSize(join(DIST, u), u)));
  const byKind: Record<string, Size & { files: number }> = {};
  for (const f of files) {
    const kind = f.file.startsWith('content/d/') ? 'diagram payloads' : f.file === 'content/startup.json' || f.file === 'content/labels.json' ? 'index' : (/\.(\w+)$/.exec(f.file)?.[1] ?? 'other');
    const k = (byKind[kind] ??= { raw: 0, gzip: 0, files: 0 });
    k.raw += f.raw;
    k.gzip += f.gzip;
    k.files++;
  }
  return {
    home: { ...total(homeFiles), files: homeFiles },
    index: { ...indexSize, entries },
    labels,
    precache: { ...total(files), files: files.length, byKind },
  };
}
