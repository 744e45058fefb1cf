/**
 * Build the app when dist/ is missing or older than anything it is built from, so the bench
 * never measures a stale bundle (and works from a clean clone after `npm ci`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, ROOT, TMP } from './paths';

/** Build inputs: sources, content, static files and config (public/content is build output). */
const INPUTS = ['src', 'data', 'public', 'scripts/content', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
const SKIP = new Set([join(ROOT, 'public', 'content'), join(ROOT, 'node_modules')]);

async function newest(path: string): Promise<number> {
  if (SKIP.has(path) || !existsSync(path)) return 0;
  const s = await stat(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of await readdir(path)) max = Math.max(max, await newest(join(path, name)));
  return max;
}

export interface BuildStatus {
  rebuilt: boolean;
  reason: string;
  ms: number;
}

export async function ensureBuild(force = false): Promise<BuildStatus> {
  const marker = join(DIST, 'index.html');
  let reason = force ? 'forced' : '';
  if (!reason && (!existsSync(marker) || !existsSync(join(DIST, 'sw.js')) || !existsSync(join(DIST, 'content', 'index.json')))) reason = 'dist/ missing';
  if (!reason) {
    const built = (await stat(marker)).mtimeMs;
    let inputs = 0;
    for (const p of INPUTS) inputs = Math.max(inputs, await newest(join(ROOT, p)));
    if (inputs > built) reason = 'sources newer than dist/';
  }
  if (!reason) return { rebuilt: false, reason: 'dist/ up to date', ms: 0 };
  const t0 = performance.now();
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`npm run build failed (${code}):\n${out.slice(-4000)}`))));
  });
  await writeFile(join(TMP, 'build.log'), log);
  return { rebuilt: true, reason, ms: Math.round(performance.now() - t0) };
}
