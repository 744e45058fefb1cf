/**
 * `npm run bench`: measures every performance budget of spec §2.4 and writes
 * bench/results.json, bench/results.md and a table on stdout. Builds dist/ first if it is
 * missing or stale. Options:
 *   --skip=payload,build,search,browser,lighthouse   leave sections out
 *   --lighthouse-runs=N (default 3)   --rebuild (force `npm run build`)
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { MERMAID_VERSION } from '../content/mermaid-pool';
import { benchBrowser } from './browser-bench';
import { keystrokes } from './browser-keystrokes';
import { launchChromium } from './browser-session';
import { cpuShare } from './cpu-share';
import { benchBuild, cachePath, type BuildBenchResult } from './build-bench';
import { evaluateBudgets, limitOf } from './budgets';
import { ensureBuild } from './ensure-build';
import { benchLighthouse } from './lighthouse-bench';
import { splitIndex } from '../../src/content-schema/index-split';
import { buildNotes, METHOD } from './notes';
import { BENCH_DIR, DATA, DIST, ROOT, TMP } from './paths';
import { benchPayload } from './payload-bench';
import { startPreview } from '../preview-server';
import { QUERIES } from './queries';
import { markdown, textTable } from './report';
import type { BenchResults, BuildFigures, IndexFigures } from './results-types';
import { benchSearch, profileHomeWork, SEARCH_OPTIONS } from './search-bench';
import { sizeOf } from './sizes';
import { round } from './stats';
import { DEFAULT_SEED, generateEntries } from './synthetic-corpus';
import { writeDataFolder } from './synthetic-data-folder';
import { buildSeeded, compareWithParsed, distWithContent, fieldShare, loadVocabulary, writeContent } from './synthetic-setup';
import type { StartupIndex } from '../../src/content-schema/index-types';
import { formatProblem } from '../content/problem';

const args = process.argv.slice(2);
const skip = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.slice(18) ?? 3);
const t0 = performance.now();
const log = (msg: string): void => console.error(`[${round((performance.now() - t0) / 1000)} s] ${msg}`);
const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

// A fixed sample of the query list for typing in the page: every 4th query, all kinds mixed.
const TYPED = QUERIES.filter((_, i) => i % 4 === 0);

/** Size of a built index's startup file as served (startup.json: what the app waits for), per entry and by field. */
const indexFigures = (full: StartupIndex, file: string): IndexFigures => {
  const index = splitIndex(full).startup;
  const s = sizeOf(JSON.stringify(index));
  const n = Math.max(1, index.entries.length);
  return { file, ...s, entries: index.entries.length, perEntry: { raw: Math.round(s.raw / n), gzip: Math.round(s.gzip / n) }, fieldShare: fieldShare(index) };
};

const figures = (b: BuildBenchResult): BuildFigures => {
  const { last: _last, dataDir: _dir, ...rest } = b;
  return rest;
};

async function main(): Promise<void> {
  process.chdir(ROOT);
  await mkdir(TMP, { recursive: true });
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    wallMs: 0,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      mermaid: MERMAID_VERSION,
      loadStart: load1(),
      cpuShare: [{ at: 'start', share: cpuShare() }],
    },
    build: { rebuilt: false, reason: '', ms: 0 },
    contentBuild: [],
    search: [],
    lighthouse: [],
    budgets: [],
    notes: [],
    errors: {},
  };
  // Each section records its own failure and the run goes on: a partial report beats none.
  const section = async (name: string, fn: () => Promise<void>): Promise<void> => {
    if (skip.has(name)) return log(`${name}: skipped`);
    results.machine.cpuShare.push({ at: name, share: cpuShare() });
    try {
      await fn();
    } catch (err) {
      results.errors[name] = err instanceof Error ? (err.stack ?? err.message) : String(err);
      log(`${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  log('checking dist/');
  try {
    results.build = await ensureBuild(args.includes('--rebuild'));
    log(results.build.rebuilt ? `built dist/ in ${round(results.build.ms / 1000)} s (${results.build.reason})` : 'dist/ is up to date');
  } catch (err) {
    // A broken working tree should not hide the figures of the last good build, if there is one.
    if (!existsSync(join(DIST, 'index.html'))) throw err;
    results.errors['app build'] = err instanceof Error ? err.message : String(err);
    results.build = { rebuilt: false, reason: 'npm run build failed: measuring the previous dist/', ms: 0 };
    log('npm run build FAILED: measuring the previous dist/');
  }

  await section('payload', async () => {
    results.payload = await benchPayload();
  });

  const { vocab, real } = await loadVocabulary(DATA);
  let synthetic1k: StartupIndex | undefined;
  let synthetic10k: StartupIndex | undefined;
  let content1k: string | undefined;

  await section('build', async () => {
    log('content build, real data: 1 cold, 3 unchanged');
    results.contentBuild.push(figures(await benchBuild('real', DATA, cachePath(TMP, 'real'), 1, 3)));

    log('writing the ~1,000-entry synthetic data folder');
    const g0 = performance.now();
    const entries = generateEntries(vocab, 1000, DEFAULT_SEED);
    const genMs = performance.now() - g0;
    const dir = join(TMP, 'data-1k');
    await writeDataFolder(dir, DATA, entries);
    log('content build, synthetic 1k: 2 cold, 3 unchanged');
    const cache1k = cachePath(TMP, '1k');
    const b = await benchBuild('1k', dir, cache1k, 2, 3);
    results.contentBuild.push(figures(b));
    const diff = await compareWithParsed(cache1k, entries).catch((e: unknown) => [`(cache unreadable: ${String(e)})`]);
    results.synthetic = {
      seed: DEFAULT_SEED,
      entries1k: entries.length,
      parseModelMatches: diff.length === 0,
      mismatches: diff.slice(0, 20),
      generateMs: { '1k': round(genMs) },
    };
    if (!b.last?.index) throw new Error(`synthetic 1k build failed: ${b.problems.join('; ')}`);
    synthetic1k = b.last.index;
    content1k = join(TMP, 'content-1k');
    await writeContent(content1k, b.last);
    if (results.payload) results.payload.index1k = indexFigures(b.last.index, 'bench/tmp/content-1k/startup.json');

    log('synthetic 10k through buildContent with a seeded parse cache');
    const ten = await buildSeeded(vocab, 10_000, DEFAULT_SEED, join(TMP, 'synthetic-10k'), DATA);
    results.synthetic.generateMs['10k'] = round(ten.generateMs);
    const errs = ten.result.problems.filter((p) => p.severity === 'error');
    results.contentBuild.push({
      label: '10k-seeded',
      files: ten.result.stats.files,
      diagrams: ten.result.stats.diagrams,
      errors: errs.length,
      problems: errs.slice(0, 5).map(formatProblem),
      coldMs: [],
      warmMs: [Math.round(ten.buildMs)],
      coldMedianMs: 0,
      coldCpuMs: 0,
      warmMedianMs: Math.round(ten.buildMs),
    });
    if (!ten.result.index) throw new Error(`synthetic 10k build failed: ${errs.slice(0, 3).map(formatProblem).join('; ')}`);
    synthetic10k = ten.result.index;
    if (results.payload) results.payload.index10k = indexFigures(ten.result.index, 'bench/tmp/synthetic-10k (not written)');
  });

  await section('search', async () => {
    log(`search: real (${real.entries.length} entries)`);
    results.search.push(benchSearch('real', real, SEARCH_OPTIONS.small));
    if (synthetic1k) {
      log('search: synthetic 1k');
      results.search.push(benchSearch('1k', synthetic1k, SEARCH_OPTIONS.small));
    }
    if (synthetic10k) {
      log('search: synthetic 10k');
      results.search.push(benchSearch('10k', synthetic10k, SEARCH_OPTIONS.large));
    }
    // A CPU profile of the home route's work where it first misses its budget (cheap at 1k),
    // for the notes; none when it meets its budget everywhere.
    const k1 = results.search.find((s) => s.corpus === '1k');
    const k10 = results.search.find((s) => s.corpus === '10k');
    const target =
      k1 && synthetic1k && k1.homeKeystroke.p95 > limitOf('search-1k-home-keystroke')
        ? { name: '1k', index: synthetic1k, step: 3 }
        : k10 && synthetic10k && k10.homeKeystroke.p95 > limitOf('search-10k-home-keystroke')
          ? { name: '10k', index: synthetic10k, step: 8 }
          : undefined;
    if (target) {
      log(`search: CPU profile of the home route work @${target.name}`);
      results.searchProfile = {
        corpus: target.name,
        workload: `home work over every ${target.step === 3 ? '3rd' : `${target.step}th`} keystroke`,
        hot: await profileHomeWork(target.index, target.step),
      };
    }
  });

  let browser: Browser | undefined;
  try {
    await section('browser', async () => {
      const server = await startPreview(DIST);
      try {
        browser = await launchChromium();
        results.machine.chromium = browser.version();
        const r = await benchBrowser(browser, server.origin, DIST, real, TYPED, log);
        const { keystroke, chunks, ...rest } = r;
        results.browser = { ...rest, keystrokes: [keystroke] };
        if (results.payload && chunks) results.payload.chunks = chunks;
      } finally {
        await server.stop();
      }
      if (content1k && synthetic1k && browser && results.browser) {
        log('per-keystroke latency in the page @1k');
        const dist1k = await distWithContent(content1k, join(TMP, 'dist-1k'));
        const s1k = await startPreview(dist1k);
        try {
          results.browser.keystrokes.push(await keystrokes(browser, s1k.origin, '1k', synthetic1k, TYPED));
        } finally {
          await s1k.stop();
        }
      }
    });
  } finally {
    await browser?.close();
  }

  await section('lighthouse', async () => {
    const server = await startPreview(DIST);
    try {
      // The model incident (timeline + flowchart view) when present: the most common page type.
      const diagramId = real.entries.find((e) => e.id === 'aws-s3-2017-02')?.id ?? real.entries.find((e) => e.category === 'incidents')?.id ?? real.entries[0]?.id;
      for (const [page, path] of [
        ['home', '/'],
        ['diagram', `/d/${diagramId ?? ''}`],
      ] as const) {
        log(`lighthouse ${page} ×${lighthouseRuns}`);
        results.lighthouse.push(await benchLighthouse(page, server.origin + path, lighthouseRuns, TMP));
      }
    } finally {
      await server.stop();
    }
  });

  results.machine.loadEnd = load1();
  results.machine.cpuShare.push({ at: 'end', share: cpuShare() });
  results.wallMs = Math.round(performance.now() - t0);
  results.budgets = evaluateBudgets(results);
  results.notes = buildNotes(results);
  const md = `${markdown(results)}\n## Method\n\n${METHOD.map((m) => `- ${m}`).join('\n')}\n`;
  await writeFile(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(BENCH_DIR, 'results.md'), md);
  console.log(textTable(results));
  if (results.notes.length) console.log(`\nNotes:\n${results.notes.map((n) => `- ${n}`).join('\n')}`);
  console.log(`\nWrote bench/results.json and bench/results.md in ${round(results.wallMs / 1000)} s.`);
  if (Object.keys(results.errors).length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
