import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(import.meta.dirname, '..', '..', 'src', 'features');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('feature boundaries', () => {
  it('no feature imports another feature (routes in src/app compose them)', () => {
    const offences: string[] = [];
    for (const file of files(FEATURES)) {
      const own = relative(FEATURES, file).split('/')[0];
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]/g)) {
        const target = relative(FEATURES, resolve(dirname(file), m[1] ?? ''));
        const feature = target.startsWith('..') ? undefined : target.split('/')[0];
        if (feature && feature !== own) offences.push(`${relative(FEATURES, file)} → ${m[1]}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
