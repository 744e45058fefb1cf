/**
 * Search timings with the app's own SearchEngine (pure, so Node times the same code the page
 * runs): index load (JSON.parse), engine build, per query and per keystroke. "Per keystroke"
 * is every prefix of every query, as typed. Two per-keystroke figures are kept:
 *  - engine: one `search(prefix, {}, 50)` call (the search module alone);
 *  - home: what the home route does per keystroke (src/app/routes/home-route.tsx): all matches
 *    for facet counts, the top 50, and the facet counts themselves.
 */
import { gzipSync } from 'node:zlib';
import type { StartupIndex } from '../../src/content-schema/index-types';
import { homeSearch } from '../../src/app/home-search';
import { SearchEngine } from '../../src/features/search/engine/search-engine';
import { QUERIES } from './queries';
import { profileSelfTime, type HotFunction } from './cpu-profile';
import { median, round, roundSummary, summarize, type Summary } from './stats';

export interface SearchCorpusResult {
  corpus: string;
  entries: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** Medians over repetitions, ms. */
  parseMs: number;
  buildMs: number;
  perQuery: Summary & { runs: number };
  perKeystroke: Summary & { runs: number };
  homeKeystroke: Summary & { runs: number };
  keystrokes: number;
  /** Keystrokes timed for the home pattern (every keyStep-th). */
  homeKeystrokes: number;
  /** The slowest keystrokes of the home pattern (median over runs), for diagnosis. */
  slowest: { prefix: string; ms: number }[];
  /** Matches for a few queries: a sanity check that the corpus behaves like content. */
  hits: Record<string, number>;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** What `homeWork` runs, in words, for the notes. */
export const HOME_PATTERN = 'homeSearch (src/app/home-search.ts): matchingEntries(q) for the facet counts, search(q, {}, 50) for the list, then facetCounts over the matches';

/** The search work the home route does on each keystroke with no filters set: the app's own homeSearch. */
export function homeWork(engine: SearchEngine, index: StartupIndex): (q: string) => void {
  return (q) => {
    homeSearch(engine, index.entries, q, {});
  };
}

export function prefixes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

export interface RunLimits {
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs once this much time went by (after minRuns). */
  budgetMs: number;
  /** Time every `keyStep`-th keystroke only (1 = all); for the costly home pattern at 10k. */
  keyStep: number;
}

export interface SearchBenchOptions {
  engine: RunLimits;
  home: RunLimits;
}

export const SEARCH_OPTIONS: Record<'small' | 'large', SearchBenchOptions> = {
  small: {
    engine: { minRuns: 5, maxRuns: 9, budgetMs: 6_000, keyStep: 1 },
    home: { minRuns: 3, maxRuns: 7, budgetMs: 10_000, keyStep: 1 },
  },
  // At 10,000 entries one full pass of the home pattern takes most of a minute: time every
  // third keystroke (still all queries and prefix lengths) so the bench stays within 10 minutes.
  large: {
    engine: { minRuns: 5, maxRuns: 7, budgetMs: 8_000, keyStep: 1 },
    home: { minRuns: 2, maxRuns: 3, budgetMs: 20_000, keyStep: 3 },
  },
};

/**
 * Time `work` on every sample, in repeated passes while the time box allows: each sample's
 * figure is its median over passes, so a pause from another process in one pass does not
 * become a percentile. Every pass gets fresh work from `session` (a new engine, built untimed):
 * the engine memoises recent rankings and term expansions, and a second pass over the same
 * prefixes would otherwise time cache hits instead of typing.
 */
function timePasses(
  samples: string[],
  limits: RunLimits,
  session: () => (q: string) => unknown,
): { summary: Summary & { runs: number }; perSample: number[] } {
  const perSample: number[][] = samples.map(() => []);
  const t0 = performance.now();
  let runs = 0;
  while (runs < limits.maxRuns && (runs < limits.minRuns || performance.now() - t0 < limits.budgetMs)) {
    const work = session();
    samples.forEach((q, i) => perSample[i]?.push(time(() => work(q))));
    runs++;
  }
  const medians = perSample.map((xs) => median(xs));
  return { summary: { ...summarize(medians), runs }, perSample: medians };
}

/** Measure one corpus: every query, and every prefix of every query, after a warm-up pass. */
export function benchSearch(corpus: string, index: StartupIndex, opts: SearchBenchOptions): SearchCorpusResult {
  const json = JSON.stringify(index);
  const parseTimes: number[] = [];
  const buildTimes: number[] = [];
  let parsed = index;
  let engine: SearchEngine | undefined;
  for (let r = 0; r < 3; r++) {
    parseTimes.push(time(() => (parsed = JSON.parse(json) as StartupIndex)));
    buildTimes.push(time(() => (engine = new SearchEngine(parsed.entries, parsed.companies, parsed.symptoms))));
  }
  if (!engine) throw new Error('no engine');
  const e = engine;
  const keys = QUERIES.flatMap(prefixes);
  const homeKeys = keys.filter((_, i) => i % opts.home.keyStep === 0);
  const home = homeWork(e, parsed);

  // Warm-up: let the JIT compile the hot paths before anything is timed.
  for (const q of keys) e.search(q, {}, 50);
  homeKeys.forEach((q, i) => i % 4 === 0 && home(q));

  const fresh = (): SearchEngine => new SearchEngine(parsed.entries, parsed.companies, parsed.symptoms);
  const top50 = (): ((q: string) => unknown) => {
    const engine = fresh();
    return (q) => engine.search(q, {}, 50);
  };
  const perQuery = timePasses([...QUERIES], opts.engine, top50).summary;
  const perKeystroke = timePasses(keys, opts.engine, top50).summary;
  const homeRun = timePasses(homeKeys, opts.home, () => homeWork(fresh(), parsed));
  const slowest = homeKeys
    .map((prefix, i) => ({ prefix, ms: round(homeRun.perSample[i] ?? 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  const hits: Record<string, number> = {};
  for (const q of ['kafak', 'cassnadra', 'netflx', 's3 outage', '502 bad gateway']) hits[q] = e.search(q, {}, 100_000).length;

  return {
    corpus,
    entries: index.entries.length,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).length,
    parseMs: round(median(parseTimes)),
    buildMs: round(median(buildTimes)),
    perQuery: roundSummary(perQuery),
    perKeystroke: roundSummary(perKeystroke),
    homeKeystroke: roundSummary(homeRun.summary),
    keystrokes: keys.length,
    homeKeystrokes: homeKeys.length,
    slowest,
    hits,
  };
}

/** Where the home route's per-keystroke time goes: a CPU profile over every `step`-th keystroke. */
export async function profileHomeWork(index: StartupIndex, step: number): Promise<HotFunction[]> {
  const keys = QUERIES.flatMap(prefixes).filter((_, i) => i % step === 0);
  // JIT warm-up on one engine, the profile on a fresh one (its caches empty, as when typing).
  const warm = homeWork(new SearchEngine(index.entries, index.companies, index.symptoms), index);
  for (const q of keys) warm(q);
  const work = homeWork(new SearchEngine(index.entries, index.companies, index.symptoms), index);
  return profileSelfTime(() => {
    for (const q of keys) work(q);
  });
}
