import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { projectRoot } from './project-root';

const ROOT = projectRoot(import.meta.url);
/** The code that shapes the output: a change here makes an older output stale too. */
const CODE_DIRS = ['scripts/content', 'src/content-schema', 'src/features/search/engine'];

async function walk(dir: string, out: string[]): Promise<void> {
  let items;
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const item of items) {
    const p = join(dir, item.name);
    if (item.isDirectory()) await walk(p, out);
    else out.push(p);
  }
}

/**
 * A cheap fingerprint of everything a content build reads (each file's path, size and mtime, no
 * contents): equal fingerprints mean the built index is current, so `atlas search` and `atlas
 * status` can read it instead of rebuilding (issue #21: one CLI call ≤ 300 ms at 1,000 entries).
 */
export async function inputsFingerprint(dataDirs: readonly string[]): Promise<string> {
  const files: string[] = [];
  for (const d of dataDirs) await walk(resolve(d), files);
  for (const d of CODE_DIRS) await walk(join(ROOT, d), files);
  files.sort();
  const hash = createHash('sha256');
  const stats = await Promise.all(files.map((f) => lstat(f).catch(() => undefined)));
  files.forEach((f, i) => {
    const s = stats[i];
    hash.update(`${relative(ROOT, f)}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  });
  return hash.digest('hex').slice(0, 32);
}

/** Written beside the index by `atlas build`. */
export interface BuildMeta {
  inputs: string;
  entries: number;
  warnings: number;
}
