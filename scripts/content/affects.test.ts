import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { formatProblem } from './problem';

// Failure history (issue #16): `affects` is data the build checks, never guesswork.
const FIX = join(import.meta.dirname, '__fixtures__', 'valid');
let dir = '';
const incident = (): string => join(dir, 'entries', 'incidents', 's3-outage.md');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-affects-'));
  await cp(FIX, dir, { recursive: true });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function withAffects(yaml: string): Promise<string[]> {
  const text = await readFile(incident(), 'utf8');
  await writeFile(
    incident(),
    text.replace(/^related: .*$/m, (m) => `${m}\n${yaml}`),
  );
  const r = await buildContent({ dataDir: dir });
  return r.problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('affects: incident → system-diagram components', () => {
  it('a real node of a system diagram is accepted and carried into the index', async () => {
    expect(await withAffects('affects:\n  - { diagram: netflix-architecture, node: Z }\naffects_tech: [dns]')).toEqual([]);
    const r = await buildContent({ dataDir: dir });
    const e = r.index?.entries.find((x) => x.id === 's3-outage');
    expect(e?.affects).toEqual([{ diagram: 'netflix-architecture', node: 'Z' }]);
    expect(e?.affectsTech).toEqual(['dns']);
  });

  it('an unknown node, a non-system diagram and a missing entry are errors at their own line', async () => {
    const errors = await withAffects(
      'affects:\n  - { diagram: netflix-architecture, node: NOPE }\n  - { diagram: kafka-lag, node: A }\n  - { diagram: no-such-entry, node: A }',
    );
    expect(errors.find((e) => e.includes('affects[0].node'))).toMatch(
      /s3-outage\.md:\d+ → affects\[0\]\.node → "NOPE" is not a node of netflix-architecture's primary diagram \(hint: use a node id from that diagram \(e\.g\. .*Z/,
    );
    expect(errors.find((e) => e.includes('affects[1].diagram'))).toMatch(/"kafka-lag" is not a system diagram/);
    expect(errors.find((e) => e.includes('affects[2].diagram'))).toMatch(/"no-such-entry" is not an entry/);
  });

  it('only incident entries may declare affected components', async () => {
    const f = join(dir, 'entries', 'debugging', 'kafka-lag.md');
    const text = await readFile(f, 'utf8');
    await writeFile(
      f,
      text.replace(/^related: .*$/m, (m) => `${m}\naffects_tech: [kafka]`),
    );
    const r = await buildContent({ dataDir: dir });
    expect(r.problems.map(formatProblem).join('\n')).toMatch(/kafka-lag\.md:\d+ → affects_tech → only incident entries/);
  });
});
