/**
 * Glue between the synthetic generator and the measurements: the vocabulary from the real
 * build, the ~1,000-entry data folder, its built content, and a copy of dist/ serving that
 * content (so the page can be timed at ~1,000 entries too).
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StartupIndex } from '../../src/content-schema/index-types';
import { buildContent, type BuildResult } from '../content/build';
import { diagramKey, type ParseResult } from '../content/mermaid-pool';
import type { Problem } from '../content/problem';
import { loadRegistries } from '../content/registries';
import { writeOutput } from '../content/write-output';
import { DIST } from './paths';
import { generateEntries, parseResultOf, type SyntheticEntry } from './synthetic-corpus';
import { writeDataFolder } from './synthetic-data-folder';
import { vocabularyFrom, type Vocabulary } from './vocabulary';

export async function loadVocabulary(dataDir: string): Promise<{ vocab: Vocabulary; real: StartupIndex }> {
  const real = JSON.parse(await readFile(join(DIST, 'content', 'index.json'), 'utf8')) as StartupIndex;
  const problems: Problem[] = [];
  const registries = await loadRegistries(dataDir, problems);
  if (problems.some((p) => p.severity === 'error')) throw new Error(`registries in ${dataDir} have errors`);
  return { vocab: vocabularyFrom(real, registries), real };
}

/** Write the build's output like `atlas build` does, into `contentDir`. */
export async function writeContent(contentDir: string, result: BuildResult): Promise<void> {
  if (!result.index) throw new Error('the synthetic build produced no index');
  await writeOutput(contentDir, result.index, result.payloads);
}

/** dist/ with its content/ replaced by `contentDir`. */
export async function distWithContent(contentDir: string, target: string): Promise<string> {
  await rm(target, { recursive: true, force: true });
  await cp(DIST, target, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'content')) });
  await cp(contentDir, join(target, 'content'), { recursive: true });
  return target;
}

/** Share (%) of the index's raw JSON bytes taken by each entry field. */
export function fieldShare(index: StartupIndex): Record<string, number> {
  const bytes: Record<string, number> = {};
  let totalBytes = 0;
  for (const e of index.entries)
    for (const [k, v] of Object.entries(e)) {
      const n = Buffer.byteLength(JSON.stringify(v)) + k.length + 4;
      bytes[k] = (bytes[k] ?? 0) + n;
      totalBytes += n;
    }
  return Object.fromEntries(Object.entries(bytes).map(([k, n]) => [k, Math.round((n / Math.max(1, totalBytes)) * 1000) / 10]));
}

/** A parse cache holding, for every generated diagram, what mermaid would extract from it. */
export async function seedParseCache(cacheFile: string, entries: SyntheticEntry[]): Promise<void> {
  const out: Record<string, ParseResult> = {};
  for (const e of entries) for (const d of e.diagrams) out[diagramKey(d.source)] = parseResultOf(d);
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify(out));
}

/**
 * Diagrams whose real parse (in a cache written by a cold build) differs from the generator's
 * model of it: the check that keeps seeded caches honest. Compares type and nodes.
 */
export async function compareWithParsed(cacheFile: string, entries: SyntheticEntry[]): Promise<string[]> {
  const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, ParseResult>;
  const out: string[] = [];
  for (const e of entries)
    e.diagrams.forEach((d, i) => {
      const real = cache[diagramKey(d.source)];
      const model = parseResultOf(d);
      const same = real?.ok && real.type === model.type && JSON.stringify(real.nodes) === JSON.stringify(model.nodes);
      if (!same) out.push(`${e.frontmatter.id}#${i}`);
    });
  return out;
}

export interface SeededBuild {
  result: BuildResult;
  generateMs: number;
  writeMs: number;
  buildMs: number;
}

/**
 * `count` generated entries through the real buildContent with a seeded parse cache: the
 * index is exactly what the build makes of them (labels, planes, caps), in seconds rather than
 * the minutes a cold parse of every diagram would take.
 */
export async function buildSeeded(vocab: Vocabulary, count: number, seed: number, dir: string, dataDir: string): Promise<SeededBuild> {
  const t0 = performance.now();
  const entries = generateEntries(vocab, count, seed);
  const t1 = performance.now();
  await writeDataFolder(join(dir, 'data'), dataDir, entries);
  const cacheFile = join(dir, 'parse-cache.json');
  await seedParseCache(cacheFile, entries);
  const t2 = performance.now();
  const result = await buildContent({ dataDir: join(dir, 'data'), cacheFile });
  const t3 = performance.now();
  return { result, generateMs: t1 - t0, writeMs: t2 - t1, buildMs: t3 - t2 };
}
