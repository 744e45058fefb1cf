import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverOutput } from './write-output';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = join(import.meta.dirname, '__fixtures__');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tmp: string[] = [];
afterAll(async () => Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true }))));

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function scratch(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'atlas-out-'));
  tmp.push(d);
  return d;
}

describe('atomic output', () => {
  it('a failed build leaves the last good output untouched', async () => {
    const d = await scratch();
    const out = join(d, 'content');
    expect(cli(['build', '--data', join(FIX, 'valid'), '--out', out, '--no-cache']).code).toBe(0);
    const before = await readFile(join(out, 'index.json'), 'utf8');
    const data = join(d, 'data');
    await cp(join(FIX, 'valid'), data, { recursive: true });
    await cp(join(FIX, 'broken', 'mermaid-syntax.md'), join(data, 'entries', 'debugging', 'mermaid-syntax.md'));
    const r = cli(['build', '--data', data, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mermaid-syntax\.md:\d+ → mermaid → mermaid: Parse error/);
    expect(await readFile(join(out, 'index.json'), 'utf8')).toBe(before);
    expect((await readdir(join(out, 'd'))).sort()).toEqual(['kafka-lag.json', 'netflix-architecture.json', 's3-outage.json']);
  });

  it('a build killed at any moment leaves a complete old or new output', async () => {
    const d = await scratch();
    const out = join(d, 'content');
    // Old output: a marker index that a finished new build would replace.
    await mkdir(join(out, 'd'), { recursive: true });
    await writeFile(join(out, 'index.json'), JSON.stringify({ old: true }));
    for (const delay of [300, 900, 1500, 2100, 2700]) {
      const child = spawn(
        process.execPath,
        [TSX, join(ROOT, 'scripts', 'cli.ts'), 'build', '--data', join(FIX, 'valid'), '--out', out, '--no-cache'],
        { cwd: ROOT, stdio: 'ignore' },
      );
      // Listen from the start: a fast build may finish before the kill, and its exit must not be missed.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      await recoverOutput(out);
      const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { old?: boolean; entries?: unknown[] };
      expect(index.old === true || index.entries?.length === 3).toBe(true);
      if (index.entries) expect(existsSync(join(out, 'd', 'kafka-lag.json'))).toBe(true);
    }
  }, 120_000);

  it('recovers when interrupted between the two renames', async () => {
    const d = await scratch();
    const out = join(d, 'content');
    await mkdir(`${out}.old`, { recursive: true });
    await writeFile(join(`${out}.old`, 'index.json'), '{"good":true}');
    await recoverOutput(out);
    expect(await readFile(join(out, 'index.json'), 'utf8')).toBe('{"good":true}');
  });
});

describe('CLI', () => {
  it('status --json reports entries, categories with targets, systems and gates', () => {
    const r = cli(['status', '--json', '--data', join(FIX, 'valid')]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({
      entries: 3,
      categories: { incidents: { count: 1, target: 100 }, debugging: { count: 1, target: 100 }, systems: { count: 1, target: 240 } },
      systems: { netflix: ['architecture'] },
      gates: { parses: { pass: 3, fail: 0 }, 'at-3am': { pass: 3, fail: 0 } },
    });
  });

  it('search --json ranks results with scores and what matched', () => {
    const r = cli(['search', 'kafak lag', '--json', '--data', join(FIX, 'valid')]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as { id: string; category: string; score: number; matched: string[] }[];
    expect(hits[0]).toMatchObject({ id: 'kafka-lag', category: 'debugging' });
    expect(hits[0]?.score).toBeGreaterThan(0);
    expect(hits[0]?.matched).toContain('title');
  });

  it('validate exits non-zero and prints file:line → field → message on bad content', async () => {
    const d = await scratch();
    await cp(join(FIX, 'valid'), d, { recursive: true });
    await cp(join(FIX, 'broken', 'unknown-company.md'), join(d, 'entries', 'debugging', 'unknown-company.md'));
    const r = cli(['validate', '--data', d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown-company\.md:6 → company → unknown company "acme" \(hint: use an id from data\/companies\.yaml\)/);
  });
});
