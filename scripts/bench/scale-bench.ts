/**
 * `npm run bench:scale` (also run by `npm run bench`): the figures of issue #21 and #15 at ~1,000 entries.
 *
 * 1. A copy of the project in bench/tmp/scale/ whose data/ is the synthetic ~1,000-entry corpus (the
 *    same generator the main bench uses), and a full `npm run build` there: cold (empty pre-render
 *    cache), unchanged, and after editing one entry's diagram.
 * 2. The service worker's precache of that build: files and gzip bytes.
 * 3. One CLI call (`atlas search`, `atlas status`) on that corpus, as users run it (the bin), p50/p95.
 * 4. Keystroke → results painted in Chromium on that build (p95).
 * 5. Search quality on the real content: hit@1, hit@3 and MRR over tests/fixtures/search-queries.yaml.
 * Writes bench/scale-results.json and prints a table with budgets and pass flags.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { StartupIndex } from '../../src/content-schema/index-types';
import { evaluate, type QueryCase } from '../../src/features/search/engine/evaluate';
import { SearchEngine } from '../../src/features/search/engine/search-engine';
import { startPreview } from '../preview-server';
import { keystrokes } from './browser-keystrokes';
import { launchChromium } from './browser-session';
import { BENCH_DIR, DATA, ROOT, TMP } from './paths';
import { QUERIES } from './queries';
import { generateEntries } from './synthetic-corpus';
import { writeDataFolder } from './synthetic-data-folder';
import { loadVocabulary } from './synthetic-setup';

const COPY = join(TMP, 'scale');
const COPIED = ['src', 'scripts', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];
const log = (m: string): void => console.error(`[scale] ${m}`);

function run(cmd: string, args: string[], cwd: string): Promise<{ ms: number; out: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve({ ms: performance.now() - t0, out }) : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${out.slice(-3000)}`)),
    );
  });
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function setupCopy(): Promise<void> {
  await rm(COPY, { recursive: true, force: true });
  await mkdir(COPY, { recursive: true });
  for (const p of COPIED) await cp(join(ROOT, p), join(COPY, p), { recursive: true, filter: (s) => !s.includes(join('public', 'content')) });
  await symlink(join(ROOT, 'node_modules'), join(COPY, 'node_modules'));
  const { vocab } = await loadVocabulary(DATA);
  await writeDataFolder(join(COPY, 'data'), DATA, generateEntries(vocab, 1000));
}

/** gzip bytes of everything the service worker precaches. */
async function precache(dist: string): Promise<{ files: number; gzipBytes: number }> {
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  let gzipBytes = 0;
  for (const u of urls) {
    const f = join(dist, u.replace(/^\//, ''));
    if (existsSync(f)) gzipBytes += gzipSync(readFileSync(f)).length;
  }
  return { files: urls.length, gzipBytes };
}

function cliTimes(args: string[], n: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(COPY, 'scripts', 'atlas-bin.mjs'), ...args], { cwd: COPY, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`atlas ${args.join(' ')} failed: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function main(): Promise<void> {
  const out: Record<string, unknown> = { startedAt: new Date().toISOString(), load: (await import('node:os')).loadavg()[0] };
  const rows: { id: string; measure: string; value: number; unit: string; op: '<=' | '>='; limit: number }[] = [];

  // --reuse: keep the copy and its pre-render cache from the last run (skips the long cold build, and
  // refreshes the copy's code so the figures are for the current code).
  const reuse = process.argv.includes('--reuse') && existsSync(join(COPY, 'dist', 'index.html'));
  let cold = { ms: NaN, out: 'reused' };
  if (reuse) {
    for (const p of COPIED) await cp(join(ROOT, p), join(COPY, p), { recursive: true, filter: (s) => !s.includes(join('public', 'content')) });
    log('reusing the project copy and its pre-render cache (--reuse)');
  } else {
    log('setting up a project copy with ~1,000 synthetic entries');
    await setupCopy();
    await rm(join(COPY, '.cache'), { recursive: true, force: true });
    log('full build, cold (this draws every diagram once)');
    cold = await run('npm', ['run', 'build'], COPY);
    log(`cold ${(cold.ms / 1000).toFixed(1)} s`);
  }
  const unchanged = await run('npm', ['run', 'build'], COPY);
  log(`unchanged ${(unchanged.ms / 1000).toFixed(1)} s`);
  const entryDir = join(COPY, 'data', 'entries', 'debugging');
  const victim = (await import('node:fs')).readdirSync(entryDir)[0] ?? '';
  const text = await readFile(join(entryDir, victim), 'utf8');
  await writeFile(join(entryDir, victim), text.replace(/```mermaid\n([^\n]*)\n/, '```mermaid\n$1\n  EDITED[An edited node] --> EDITED2[Another]\n'));
  const edited = await run('npm', ['run', 'build'], COPY);
  log(`one entry edited ${(edited.ms / 1000).toFixed(1)} s`);
  out.build = {
    coldS: cold.ms / 1000,
    unchangedS: unchanged.ms / 1000,
    editedS: edited.ms / 1000,
    prerender: [cold, unchanged, edited].map((r) => /prerender: .*/.exec(r.out)?.[0] ?? ''),
  };
  rows.push({ id: 'full-build-unchanged', measure: 'Full npm run build @1k, unchanged', value: unchanged.ms / 1000, unit: 's', op: '<=', limit: 30 });
  rows.push({ id: 'full-build-edited', measure: 'Full npm run build @1k, one entry edited', value: edited.ms / 1000, unit: 's', op: '<=', limit: 45 });

  const pc = await precache(join(COPY, 'dist'));
  out.precache = pc;
  rows.push({ id: 'precache', measure: `Service-worker precache @1k (${pc.files} files), gzip`, value: pc.gzipBytes / 1024 / 1024, unit: 'MB', op: '<=', limit: 3 });

  cliTimes(['search', 'kafka lag'], 2); // warm the bundle and the OS cache
  const search = cliTimes(['search', 'kafka lag'], 15);
  const status = cliTimes(['status'], 15);
  out.cli = { searchMs: { p50: pct(search, 50), p95: pct(search, 95) }, statusMs: { p50: pct(status, 50), p95: pct(status, 95) } };
  rows.push({ id: 'cli-search', measure: 'atlas search @1k, p95 per call', value: pct(search, 95), unit: 'ms', op: '<=', limit: 300 });
  rows.push({ id: 'cli-status', measure: 'atlas status @1k, p95 per call', value: pct(status, 95), unit: 'ms', op: '<=', limit: 300 });

  log('keystroke → painted in Chromium @1k');
  const server = await startPreview(join(COPY, 'dist'));
  const browser = await launchChromium();
  try {
    const index = JSON.parse(await readFile(join(COPY, 'dist', 'content', 'index.json'), 'utf8')) as StartupIndex;
    const k = await keystrokes(browser, server.origin, '1k', index, QUERIES.filter((_, i) => i % 4 === 0));
    out.keystrokes = k;
    rows.push({ id: 'keystroke-painted', measure: 'Keystroke → results painted @1k, p95', value: k.p95, unit: 'ms', op: '<=', limit: 33 });
  } finally {
    await browser.close();
    await server.stop();
  }

  // 5: search quality on the real content (public/content, from the last `npm run build`).
  const realIndex = JSON.parse(await readFile(join(ROOT, 'public', 'content', 'index.json'), 'utf8')) as StartupIndex;
  const queryFile = join(ROOT, 'tests', 'fixtures', 'search-queries.yaml');
  const cases = existsSync(queryFile) ? (parse(await readFile(queryFile, 'utf8')) as QueryCase[]) : [];
  const quality = evaluate(new SearchEngine(realIndex.entries, realIndex.companies, realIndex.symptoms), cases);
  out.searchQuality = { ...quality, worst: quality.ranks.slice(0, 10) };
  rows.push({ id: 'search-hit3', measure: `Search hit@3 over ${cases.length} on-call queries`, value: quality.hit3 * 100, unit: '%', op: '>=', limit: 80 });
  log(`search quality: hit@1 ${(quality.hit1 * 100).toFixed(1)}%, hit@3 ${(quality.hit3 * 100).toFixed(1)}%, MRR ${quality.mrr.toFixed(3)}`);

  const budgets = rows.map((r) => ({ ...r, value: Math.round(r.value * 100) / 100, pass: r.op === '<=' ? r.value <= r.limit : r.value >= r.limit }));
  out.budgets = budgets;
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(join(BENCH_DIR, 'scale-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('| budget | measured | limit | result |\n|---|---|---|---|');
  for (const b of budgets) console.log(`| ${b.measure} | ${b.value} ${b.unit} | ${b.op} ${b.limit} ${b.unit} | ${b.pass ? 'pass' : 'FAIL'} |`);
  console.log(`\nsearch quality: hit@1 ${(quality.hit1 * 100).toFixed(1)}%, hit@3 ${(quality.hit3 * 100).toFixed(1)}%, MRR ${quality.mrr.toFixed(3)}`);
  console.log('worst queries:');
  for (const r of quality.ranks.slice(0, 10)) console.log(`  ${r.rank ?? '—'}  "${r.q}" → ${r.top.join(', ')}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exitCode = 1;
});
