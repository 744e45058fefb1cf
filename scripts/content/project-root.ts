import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one whose package.json is named "atlas"), found by walking up from a module.
 * Paths are resolved from it rather than from the module's own folder, because the CLI also runs as a
 * bundle under .cache/cli/ (scripts/atlas-bin.mjs) where relative paths would point elsewhere.
 */
export function projectRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'atlas') return dir;
      } catch {
        // An unreadable package.json is not ours: keep walking.
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}
