import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue #19: a team's own content folder beside the built-in one, through the real bin.
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'scripts', 'atlas-bin.mjs');
const EXAMPLE = join(ROOT, 'examples', 'my-team');
let dir: string;

function atlas(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-team-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('own content (--data given twice)', () => {
  it('the example team folder builds beside the built-in content, is searchable and counted by status', () => {
    const out = join(dir, 'both');
    const built = atlas(['build', '--data', 'data', '--data', EXAMPLE, '--out', out]);
    expect(built.code, built.stderr.slice(-2000)).toBe(0);
    const hits = JSON.parse(
      atlas(['search', 'checkout database connections', '--json', '--data', 'data', '--data', EXAMPLE, '--out', out]).stdout,
    ) as {
      id: string;
    }[];
    expect(hits[0]?.id).toBe('my-team-checkout-db-connections');
    const status = JSON.parse(atlas(['status', '--json', '--data', 'data', '--data', EXAMPLE, '--out', out]).stdout) as {
      entries: number;
      systems: Record<string, string[]>;
    };
    expect(status.systems['my-team']).toEqual(['architecture']);
    expect(status.systems.netflix?.length).toBe(8);
  });

  it('--only-extra builds just the team’s entries, still resolving the built-in sources and symptoms they cite', async () => {
    const out = join(dir, 'only');
    const built = atlas(['build', '--data', 'data', '--data', EXAMPLE, '--only-extra', '--out', out]);
    expect(built.code, built.stderr.slice(-2000)).toBe(0);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { entries: { id: string }[] };
    expect(index.entries.map((e) => e.id).sort()).toEqual(['my-team-architecture', 'my-team-checkout-db-connections']);
  });

  it('an id the built-in content already uses is an error naming both files, and nothing is written', async () => {
    const team = join(dir, 'clash');
    await cp(EXAMPLE, team, { recursive: true });
    const entry = join(team, 'entries', 'debugging', 'my-team-checkout-db-connections.md');
    const text = await readFile(entry, 'utf8');
    await writeFile(
      join(team, 'entries', 'debugging', 'kafka-consumer-lag.md'),
      text.replace('id: my-team-checkout-db-connections', 'id: kafka-consumer-lag'),
    );
    await writeFile(
      join(team, 'companies.yaml'),
      `${await readFile(join(team, 'companies.yaml'), 'utf8')}- { id: netflix, name: "Not Netflix", tier: 3, focus: "A clashing company id for the test" }\n`,
    );
    await writeFile(
      join(team, 'sources-team.yaml'),
      '- id: pg16-docs-monitoring-stats\n  title: Clash\n  url: https://example.com/x\n  publisher: Example\n  kind: docs\n  first_party: true\n  seen_in: test\n',
    );
    const out = join(dir, 'clash-out');
    const r = atlas(['build', '--data', 'data', '--data', team, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /kafka-consumer-lag\.md:\d+ → id → duplicate id "kafka-consumer-lag" \(also in [^)]*data\/entries\/debugging\/kafka-consumer-lag\.md\)/,
    );
    expect(r.stderr).toMatch(
      /companies\.yaml:\d+ → company\.netflix → company id "netflix" is already defined in data\/companies\.yaml:\d+/,
    );
    expect(r.stderr).toMatch(
      /sources-team\.yaml:1 → source\.pg16-docs-monitoring-stats → source id "pg16-docs-monitoring-stats" is already defined in data\/sources-debug-data\.yaml:\d+/,
    );
    await expect(readFile(join(out, 'index.json'), 'utf8')).rejects.toThrow();
  });
});
