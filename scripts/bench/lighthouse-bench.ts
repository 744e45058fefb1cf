/**
 * Lighthouse (default mobile form factor and simulated throttling) through its CLI, which
 * launches its own clean Chromium profile per run, as a first-time visitor would arrive.
 * Runs offline against `vite preview`.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from './paths';
import { median } from './stats';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Key lab metrics (ms; CLS unitless) for diagnosing a low performance score. */
  metrics: Record<string, number>;
  /** Audits that scored below 0.9, worst first: what Lighthouse says costs the score. */
  weak: { id: string; score: number; display?: string }[];
  /** Where the (throttled) main thread went: by kind of work, by script, and long tasks. */
  mainThread: { group: string; ms: number }[];
  scripts: { file: string; ms: number }[];
  longTasks: { count: number; ms: number };
}

export interface LighthouseResult extends LighthouseRun {
  page: string;
  url: string;
  runs: LighthouseRun[];
}

interface LhAudit {
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  scoreDisplayMode?: string;
  details?: { items?: Record<string, unknown>[] };
}

interface LhReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, LhAudit>;
}

const num = (v: unknown): number => (typeof v === 'number' ? Math.round(v) : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const items = (a: LhAudit | undefined): Record<string, unknown>[] => a?.details?.items ?? [];

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

async function runOnce(url: string, out: string): Promise<LighthouseRun> {
  const args = [
    join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    '--quiet',
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))));
  });
  const report = JSON.parse(await readFile(out, 'utf8')) as LhReport;
  const score = (id: string): number => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metrics: Record<string, number> = {};
  for (const m of METRICS) {
    const v = report.audits[m]?.numericValue;
    if (v !== undefined) metrics[m] = Math.round(v * (m === 'cumulative-layout-shift' ? 1000 : 1)) / (m === 'cumulative-layout-shift' ? 1000 : 1);
  }
  const weak = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'metricSavings'))
    .sort((a, b) => (a[1].score ?? 0) - (b[1].score ?? 0))
    .slice(0, 8)
    .map(([id, a]) => ({ id, score: a.score ?? 0, ...(a.displayValue ? { display: a.displayValue } : {}) }));
  const tasks = items(report.audits['long-tasks']);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metrics,
    weak,
    mainThread: items(report.audits['mainthread-work-breakdown'])
      .slice(0, 4)
      .map((i) => ({ group: str(i.groupLabel) || str(i.group), ms: num(i.duration) })),
    scripts: items(report.audits['bootup-time'])
      .slice(0, 4)
      .map((i) => ({ file: str(i.url).split('/').pop() ?? '', ms: num(i.total) })),
    longTasks: { count: tasks.length, ms: tasks.reduce((s, t) => s + num(t.duration), 0) },
  };
}

/** `runs` Lighthouse runs of one page; scores are medians (performance varies run to run). */
export async function benchLighthouse(page: string, url: string, runs: number, tmp: string): Promise<LighthouseResult> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url, join(tmp, `lighthouse-${page}-${i + 1}.json`)));
  // The run whose performance score is the median stands for the page (metrics and audits).
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
  if (!mid) throw new Error('no lighthouse run');
  return {
    page,
    url,
    ...mid,
    performance: median(all.map((r) => r.performance)),
    accessibility: median(all.map((r) => r.accessibility)),
    bestPractices: median(all.map((r) => r.bestPractices)),
    runs: all,
  };
}
