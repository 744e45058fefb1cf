#!/usr/bin/env node
// `npm run build [-- --base /atlas/] [-- --out dist-atlas]`: the content index, the app (vite, skipped when
// nothing changed), per-diagram page shells and the pre-rendered SVGs, in that order. `--base` (or the
// ATLAS_BASE variable) builds a site that works entirely under that sub-path; `--out` (or ATLAS_DIST)
// writes it somewhere else than dist/, e.g. beside a root build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const args = process.argv.slice(2);
/** Passed on to `atlas build`: content folders (`--data`, repeatable) and `--only-extra`. */
const content = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = (name) => (a.startsWith(`${name}=`) ? a.slice(name.length + 1) : args[++i]);
  if (a === '--base' || a.startsWith('--base=')) env.ATLAS_BASE = value('--base');
  else if (a === '--out' || a.startsWith('--out=')) env.ATLAS_DIST = value('--out');
  else if (a === '--data' || a.startsWith('--data=')) content.push('--data', value('--data'));
  else if (a === '--only-extra') content.push('--only-extra');
  else {
    console.error(`build: unknown option ${a} (use --base /path/, --out <dir>, --data <dir> (repeatable), --only-extra)`);
    process.exit(2);
  }
}
if (env.ATLAS_BASE !== undefined && !/^\/[\w./-]*$/.test(env.ATLAS_BASE)) {
  console.error(`build: --base must be a path starting with / (got "${env.ATLAS_BASE}")`);
  process.exit(2);
}

// A build elsewhere than dist/ gets its own copy of public/ (static files plus its own content), so it
// never rewrites the content of the main build: two builds of different content can sit side by side.
if (env.ATLAS_DIST && resolve(root, env.ATLAS_DIST) !== resolve(root, 'dist')) {
  env.ATLAS_PUBLIC = `${resolve(root, env.ATLAS_DIST)}-public`;
  rmSync(env.ATLAS_PUBLIC, { recursive: true, force: true });
  mkdirSync(env.ATLAS_PUBLIC, { recursive: true });
  cpSync(join(root, 'public'), env.ATLAS_PUBLIC, { recursive: true, filter: (src) => !src.startsWith(join(root, 'public', 'content')) });
  content.push('--out', join(env.ATLAS_PUBLIC, 'content'));
}

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const steps = [
  [process.execPath, [join(root, 'scripts', 'atlas-bin.mjs'), 'build', ...content]],
  [process.execPath, [join(root, 'scripts', 'vite-build-if-changed.mjs')]],
  // Shells after the SVGs: each diagram's shell preloads its pre-rendered SVG when there is one.
  [process.execPath, [tsx, join(root, 'scripts', 'prerender-svgs.ts')]],
  [process.execPath, [tsx, join(root, 'scripts', 'page-shells.ts')]],
];
for (const [cmd, argv] of steps) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
