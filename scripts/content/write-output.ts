import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryPayload, StartupIndex } from '../../src/content-schema/index-types';
import { LABELS_FILE, STARTUP_FILE, splitIndex } from '../../src/content-schema/index-split';
import type { BuildMeta } from './fingerprint';

/**
 * If a previous write was interrupted between its two renames, `<out>.old` holds the last
 * good output and `<out>` is missing: put it back before doing anything else.
 */
export async function recoverOutput(outDir: string): Promise<void> {
  if (!existsSync(outDir) && existsSync(`${outDir}.old`)) await rename(`${outDir}.old`, outDir);
}

/**
 * Write the index and payloads atomically: everything goes to a staging folder first and
 * replaces the live folder by rename, so readers see the old output or the new, never a mix.
 */
/**
 * `searchSnapshot`: the CLI's prebuilt search engine (see engine/snapshot.ts), written with the index so
 * the two always describe the same build.
 */
/** File name of the CLI's search snapshot inside the output folder. */
export const SEARCH_SNAPSHOT = 'search-snapshot.json';

export async function writeOutput(
  outDir: string,
  index: StartupIndex,
  payloads: EntryPayload[],
  meta?: BuildMeta,
  searchSnapshot?: unknown,
): Promise<void> {
  await recoverOutput(outDir);
  const stage = `${outDir}.stage-${process.pid}`;
  await rm(stage, { recursive: true, force: true });
  await mkdir(join(stage, 'd'), { recursive: true });
  await Promise.all(payloads.map((p) => writeFile(join(stage, 'd', `${p.id}.json`), JSON.stringify(p))));
  // index.json is the whole index, for tools (CLI, tests); the app loads the same data split in two.
  await writeFile(join(stage, 'index.json'), JSON.stringify(index));
  const split = splitIndex(index);
  await writeFile(join(stage, STARTUP_FILE), JSON.stringify(split.startup));
  await writeFile(join(stage, LABELS_FILE), JSON.stringify(split.labels));
  if (meta) await writeFile(join(stage, 'build-meta.json'), JSON.stringify(meta));
  if (searchSnapshot !== undefined) await writeFile(join(stage, SEARCH_SNAPSHOT), JSON.stringify(searchSnapshot));
  await rm(`${outDir}.old`, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, `${outDir}.old`);
  await rename(stage, outDir);
  await rm(`${outDir}.old`, { recursive: true, force: true });
}
