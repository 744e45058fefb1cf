/**
 * "Save all diagrams for offline": fetch every payload and pre-rendered SVG the build listed in
 * content/offline.json into the same Cache Storage caches the service worker reads
 * (vite.config.ts: `atlas-payloads`, `atlas-svg`), so a never-opened diagram opens offline.
 */
import { CONTENT_BASE } from '../../lib/content-api';

export interface OfflineFile {
  path: string;
  bytes: number;
  category: string;
}
export interface OfflineManifest {
  contentHash: string;
  files: OfflineFile[];
}
export interface OfflineStatus {
  savedFiles: number;
  totalFiles: number;
  savedBytes: number;
  totalBytes: number;
  /** Per category: entries whose payload is saved, of all entries. */
  categories: { category: string; saved: number; total: number }[];
}

export const PAYLOAD_CACHE = 'atlas-payloads';
export const SVG_CACHE = 'atlas-svg';

export const offlineSupported = (): boolean => typeof caches !== 'undefined' && typeof caches.open === 'function';

const cacheFor = (path: string): string => (path.startsWith('svg/') ? SVG_CACHE : PAYLOAD_CACHE);
const urlOf = (path: string): string => new URL(`${CONTENT_BASE}/${path}`, window.location.href).href;

export async function fetchManifest(): Promise<OfflineManifest> {
  const res = await fetch(`${CONTENT_BASE}/offline.json`, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`the offline list could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as OfflineManifest;
}

/** URLs already in the two caches (one `keys()` call each, not one lookup per file). */
async function savedUrls(): Promise<Set<string>> {
  const out = new Set<string>();
  for (const name of [PAYLOAD_CACHE, SVG_CACHE]) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) out.add(req.url);
  }
  return out;
}

export async function offlineStatus(manifest: OfflineManifest): Promise<OfflineStatus> {
  const saved = await savedUrls();
  const byCat = new Map<string, { saved: number; total: number }>();
  let savedFiles = 0;
  let savedBytes = 0;
  let totalBytes = 0;
  for (const f of manifest.files) {
    totalBytes += f.bytes;
    const isSaved = saved.has(urlOf(f.path));
    if (isSaved) {
      savedFiles++;
      savedBytes += f.bytes;
    }
    if (f.path.startsWith('d/')) {
      const c = byCat.get(f.category) ?? { saved: 0, total: 0 };
      c.total++;
      if (isSaved) c.saved++;
      byCat.set(f.category, c);
    }
  }
  return {
    savedFiles,
    totalFiles: manifest.files.length,
    savedBytes,
    totalBytes,
    categories: [...byCat.entries()].map(([category, c]) => ({ category, ...c })).sort((a, b) => a.category.localeCompare(b.category)),
  };
}

export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
  failed: number;
}

/** Download what is not saved yet, a few requests at a time; resumable (saved files are skipped). */
export async function saveAll(
  manifest: OfflineManifest,
  onProgress: (p: SaveProgress) => void,
  signal: AbortSignal,
): Promise<SaveProgress> {
  const saved = await savedUrls();
  const todo = manifest.files.filter((f) => !saved.has(urlOf(f.path)));
  const progress: SaveProgress = { done: 0, total: todo.length, bytes: 0, totalBytes: todo.reduce((n, f) => n + f.bytes, 0), failed: 0 };
  onProgress({ ...progress });
  const caches_ = new Map<string, Cache>();
  for (const name of [PAYLOAD_CACHE, SVG_CACHE]) caches_.set(name, await caches.open(name));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length && !signal.aborted) {
      const f = todo[next++];
      if (!f) break;
      const url = urlOf(f.path);
      try {
        const res = await fetch(url, { signal });
        if (!res.ok) throw new Error(String(res.status));
        await caches_.get(cacheFor(f.path))?.put(url, res);
        progress.bytes += f.bytes;
      } catch {
        if (signal.aborted) return;
        progress.failed++;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return progress;
}

export function formatBytes(n: number): string {
  if (n <= 0) return '0 KB';
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
