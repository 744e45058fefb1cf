/**
 * Content build wall time with full mermaid validation, through the real buildContent:
 * cold (no parse cache) and warm (cache present, nothing changed), on the real data/ and on a
 * ~1,000-entry synthetic data folder. Each size gets its own cache file under bench/tmp.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildContent, type BuildResult } from '../content/build';
import { formatProblem } from '../content/problem';
import { median } from './stats';

export interface BuildBenchResult {
  label: string;
  dataDir: string;
  files: number;
  diagrams: number;
  errors: number;
  /** First problems, when the build did not pass. */
  problems: string[];
  coldMs: number[];
  warmMs: number[];
  coldMedianMs: number;
  warmMedianMs: number;
  /**
   * CPU time of the cold runs (main thread and parse workers, median). On a busy machine wall
   * time stretches but CPU time does not: CPU / cores is what an idle machine would take at best.
   */
  coldCpuMs: number;
  /** The result of the last warm build (index and payloads), for size measurements. */
  last?: BuildResult;
}

export async function benchBuild(label: string, dataDir: string, cacheFile: string, coldRuns: number, warmRuns: number): Promise<BuildBenchResult> {
  const coldMs: number[] = [];
  const coldCpu: number[] = [];
  const warmMs: number[] = [];
  let last: BuildResult | undefined;
  for (let i = 0; i < coldRuns; i++) {
    await rm(cacheFile, { force: true });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    last = await buildContent({ dataDir, cacheFile });
    const c = process.cpuUsage(c0);
    coldMs.push(Math.round(performance.now() - t0));
    coldCpu.push(Math.round((c.user + c.system) / 1000));
  }
  for (let i = 0; i < warmRuns; i++) {
    const t0 = performance.now();
    last = await buildContent({ dataDir, cacheFile });
    warmMs.push(Math.round(performance.now() - t0));
  }
  const errs = last?.problems.filter((p) => p.severity === 'error') ?? [];
  return {
    label,
    dataDir,
    files: last?.stats.files ?? 0,
    diagrams: last?.stats.diagrams ?? 0,
    errors: errs.length,
    problems: errs.slice(0, 5).map(formatProblem),
    coldMs,
    warmMs,
    coldMedianMs: Math.round(median(coldMs)),
    coldCpuMs: Math.round(median(coldCpu)),
    warmMedianMs: Math.round(median(warmMs)),
    last,
  };
}

export const cachePath = (tmp: string, label: string): string => join(tmp, `parse-cache-${label}.json`);
