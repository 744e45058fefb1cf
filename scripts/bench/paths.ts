/** Where the bench reads and writes. Everything scratch lives under bench/tmp (gitignored). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const DATA = join(ROOT, 'data');
export const BENCH_DIR = join(ROOT, 'bench');
export const TMP = join(BENCH_DIR, 'tmp');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that work for headless Chromium as root on the CI-like machine (stack-notes.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
