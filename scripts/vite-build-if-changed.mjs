#!/usr/bin/env node
// `vite build`, skipped when nothing it reads changed since the last build (sources, config, static files
// and the built content index and payloads, compared by content): an unchanged `npm run build` at
// ~1,000 entries then costs the content check and the (cached) pre-render only. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// ATLAS_PUBLIC: the static folder of a build elsewhere than dist/ (scripts/build.mjs).
const PUBLIC = process.env.ATLAS_PUBLIC ?? 'public';
const INPUTS = ['src', PUBLIC, 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
// ATLAS_DIST: build somewhere else than dist/ (a sub-path build beside the main one, see scripts/build.mjs).
const DIST = resolve(root, process.env.ATLAS_DIST ?? 'dist');
const STAMP = join(DIST, '.vite-inputs');

function files(path, out) {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) files(join(path, name), out);
  else out.push(path);
  return out;
}

const hash = createHash('sha256');
for (const f of INPUTS.flatMap((p) => files(resolve(root, p), [])))
  hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
// The base path changes every URL in the output.
hash.update(`base=${process.env.ATLAS_BASE ?? '/'}`);
const inputs = hash.digest('hex');

const current = existsSync(join(DIST, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs;
if (current && !process.argv.includes('--force')) {
  console.error('vite build: skipped (no input changed since the last build)');
} else {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', DIST], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(STAMP, inputs);
}
