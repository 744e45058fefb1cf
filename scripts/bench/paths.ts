/** Where the bench reads and writes. Everything scratch lives under bench/tmp (gitignored). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const DATA = join(ROOT, 'data');
export const BENCH_DIR = join(ROOT, 'bench');
export const TMP = join(BENCH_DIR, 'tmp');
export { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS as CHROMIUM_FLAGS } from '../chromium';
