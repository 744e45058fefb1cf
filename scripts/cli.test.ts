import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real bin, as users run it (`npx atlas …` / `npm run atlas -- …`): bundled CLI, in-process.
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'scripts', 'atlas-bin.mjs');
const FIX = join(import.meta.dirname, 'content', '__fixtures__', 'valid');
let dir: string;

function atlas(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATLAS_DEBUG_CLI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
  await cp(FIX, join(dir, 'data'), { recursive: true });
  expect(atlas(['build', '--data', join(dir, 'data'), '--out', join(dir, 'out'), '--no-cache']).code).toBe(0);
}, 120_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('atlas search / status read the built index while it is current', () => {
  it('answers from the built index, with the same results as a full build', () => {
    const fast = atlas(['search', 'kafka lag', '--json', '--data', join(dir, 'data'), '--out', join(dir, 'out')]);
    expect(fast.stderr).toContain('built index current');
    const slow = atlas(['search', 'kafka lag', '--json', '--data', join(dir, 'data'), '--out', join(dir, 'out'), '--no-cache']);
    expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
    expect((JSON.parse(fast.stdout) as { id: string }[])[0]?.id).toBe('kafka-lag');
    const status = atlas(['status', '--json', '--data', join(dir, 'data'), '--out', join(dir, 'out')]);
    expect(status.stderr).toContain('built index current');
    expect(JSON.parse(status.stdout)).toMatchObject({ entries: 3, valid: 3, errors: 0 });
  });

  it('rebuilds when any content file changed since the index was written', async () => {
    const file = join(dir, 'data', 'entries', 'debugging', 'kafka-lag.md');
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    const r = atlas(['search', 'kafka', '--data', join(dir, 'data'), '--out', join(dir, 'out')]);
    expect(r.stderr).toContain('missing or stale: rebuilding');
    expect(r.stdout).toContain('kafka-lag');
  });

  it('a closed pipe (`atlas search x | head -1`) ends quietly, not with EPIPE', async () => {
    const child = spawn(process.execPath, [BIN, 'search', 'a', '--data', join(dir, 'data'), '--out', join(dir, 'out')], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(code).toBe(0);
  });
});
