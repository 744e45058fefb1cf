#!/usr/bin/env node
// `atlas` bin (and `npm run atlas`). Runs a bundled copy of scripts/cli.ts in this process when the
// bundle is newer than every file it is built from: one Node start and no TypeScript loader, so a call
// such as `atlas search "kafka lag"` stays well under 300 ms (issue #21). When a source changed, the
// bundle is rebuilt first (esbuild, well under a second); if esbuild is unavailable, tsx runs the source.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'scripts', 'cli.ts');
const bundle = join(root, '.cache', 'cli', 'atlas.mjs');
const SOURCES = ['scripts/cli.ts', 'scripts/content', 'src/content-schema', 'src/features/search/engine'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) if (name !== '__fixtures__') max = Math.max(max, newest(join(path, name)));
  return max;
}

async function ensureBundle() {
  const stamp = Math.max(...SOURCES.map((p) => newest(join(root, p))));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= stamp) return true;
  try {
    const esbuild = await import('esbuild');
    // Chunk names are content hashes: clear the folder so old chunks do not pile up.
    rmSync(dirname(bundle), { recursive: true, force: true });
    await esbuild.build({
      entryPoints: { atlas: entry },
      outdir: dirname(bundle),
      outExtension: { '.js': '.mjs' },
      // The build half (yaml, zod, the mermaid pool) becomes its own chunk, loaded only when a call needs it.
      splitting: true,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return true;
  } catch {
    return false;
  }
}

if (await ensureBundle()) {
  await import(pathToFileURL(bundle).href);
} else {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const r = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
