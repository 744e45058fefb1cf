import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildResult } from './build';
import { formatProblem } from './problem';

const FIX = join(import.meta.dirname, '__fixtures__');
const tmp: string[] = [];

/** A data folder = the valid fixture plus one extra file at entries/<folder>/<name>. */
async function dataWith(file: string, content: string | Buffer, folder = 'debugging'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-fx-'));
  tmp.push(dir);
  await cp(join(FIX, 'valid'), dir, { recursive: true });
  await mkdir(join(dir, 'entries', folder), { recursive: true });
  await writeFile(join(dir, 'entries', folder, file), content);
  return dir;
}

async function buildBroken(name: string, folder = 'debugging'): Promise<{ result: BuildResult; text: string; file: string }> {
  const text = await readFile(join(FIX, 'broken', `${name}.md`), 'utf8');
  const dir = await dataWith(`${name}.md`, text, folder);
  const result = await buildContent({ dataDir: dir, workers: 1 });
  return { result, text, file: `${name}.md` };
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

describe('content build on the valid fixture', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildContent({ dataDir: join(FIX, 'valid'), workers: 1 });
  });
  it('passes with no errors and builds an index entry per file', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.index?.entries.map((e) => e.id).sort()).toEqual(['kafka-lag', 'netflix-architecture', 's3-outage']);
  });
  it('extracts node labels, planes and edges from the real mermaid parse', () => {
    const arch = result.payloads.find((p) => p.id === 'netflix-architecture');
    expect(arch?.nodes.find((n) => n.id === 'OC')).toMatchObject({ label: 'Open Connect CDN', plane: 'edge' });
    expect(arch?.nodes.find((n) => n.id === 'API')?.plane).toBe('service');
    expect(arch?.edges).toContainEqual({ from: 'API', to: 'EV' });
    const idx = result.index?.entries.find((e) => e.id === 'netflix-architecture');
    expect(idx?.planes.sort()).toEqual(['control', 'edge', 'service', 'state']);
    expect(result.index?.entries.find((e) => e.id === 'kafka-lag')?.labels).toContain('Consumer Group has a hot partition');
  });
  it('keeps incident facts, extra views, the At 3 AM section and resolved sources', () => {
    const s3 = result.payloads.find((p) => p.id === 's3-outage');
    expect(s3?.diagram).toBe('timeline');
    expect(s3?.views[0]).toMatchObject({ title: 'Cause chain and blast radius', diagram: 'flowchart-v2' });
    expect(s3?.at3am.blocks[0]?.type).toBe('ul');
    expect(s3?.sources[0]?.url).toBe('https://example.org/s3');
    expect(result.index?.entries.find((e) => e.id === 's3-outage')?.incident).toMatchObject({
      registry: 'aws-s3-2017-02',
      kind: 'human-error',
    });
    expect(result.index?.gates.parses).toEqual({ pass: 3, fail: 0 });
  });
});

interface Case {
  name: string;
  field: RegExp;
  message: RegExp;
  /** Text on the line the problem must point at (or a line number). */
  at: string | number;
  folder?: string;
  file?: string;
}

const CASES: Case[] = [
  { name: 'invalid-yaml', field: /frontmatter/, message: /invalid YAML/, at: 'title: [Kafka' },
  { name: 'missing-field', field: /^summary$/, message: /required field is missing/, at: 2 },
  { name: 'wrong-type', field: /^estimates$/, message: /expected boolean/, at: 'estimates: "yes"' },
  { name: 'unknown-category', field: /^category$/, message: /Invalid option|expected one of/i, at: 'category: gossip' },
  { name: 'unknown-company', field: /^company$/, message: /unknown company "acme"/, at: 'company: acme' },
  { name: 'unknown-symptom', field: /^symptoms\[1\]$/, message: /unknown symptom "feeling-sad"/, at: 'symptoms: [' },
  { name: 'unknown-source', field: /^sources\[1\]$/, message: /unknown source "made-up-source"/, at: 'sources: [' },
  { name: 'id-mismatch', field: /^id$/, message: /does not match the file name/, at: 'id: some-other-id' },
  { name: 'broken-related', field: /^related\[1\]$/, message: /"no-such-entry" is not an entry/, at: 'related: [' },
  { name: 'mermaid-syntax', field: /^mermaid$/, message: /mermaid: Parse error/, at: 'C -- > ]] D' },
  { name: 'unknown-header', field: /^mermaid$/, message: /unknown diagram header "flowchrt TD"/, at: 'flowchrt TD' },
  { name: 'init-directive', field: /^mermaid$/, message: /%%\{init\}%%/, at: '%%{init' },
  { name: 'click-call', field: /^mermaid$/, message: /click … call/, at: 'click B call' },
  { name: 'javascript-url', field: /^mermaid$/, message: /javascript:/, at: 'javascript:alert' },
  { name: 'script-tag', field: /^mermaid$/, message: /<script>/, at: '<script>' },
  { name: 'fill-colour', field: /^mermaid$/, message: /hard-coded styles or colours/, at: 'style B fill' },
  { name: 'missing-at3am', field: /At 3 AM/, message: /section is missing/, at: 13 },
  { name: 'short-at3am', field: /At 3 AM/, message: /2 list item\(s\)/, at: '## At 3 AM' },
  { name: 'empty', field: /^file$/, message: /file is empty/, at: 1 },
  { name: 'no-mermaid', field: /^mermaid$/, message: /no ```mermaid block/, at: 13 },
  // Honesty rules (docs/authoring.md §4a).
  { name: 'command-unmarked', field: /At 3 AM/, message: /does not say whether it changes state/, at: '--reset-offsets' },
  { name: 'event-with-plane', field: /^mermaid$/, message: /marked as an event also carry a plane: C/, at: 'Broker disk fails' },
  { name: 'not-public-undated', field: /^body$/, message: /"not public" is a claim: date it/, at: 'is not public' },
  { name: 'status-unarchived', field: /^sources\[1\]$/, message: /live status page that can change/, at: 'sources: [' },
];

describe('bad input: every problem names file, line and field, with a hint', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { result, text, file } = await buildBroken(c.name, c.folder);
      const mine = result.problems.filter((p) => p.file.endsWith(file) && p.severity === 'error');
      const hit = mine.find((p) => c.field.test(p.field) && c.message.test(p.message));
      expect(hit, `problems were:\n${mine.map(formatProblem).join('\n')}`).toBeDefined();
      const line = typeof c.at === 'number' ? c.at : lineOf(text, c.at);
      expect(line).toBeGreaterThan(0);
      expect(hit?.line).toBe(line);
      expect(formatProblem(hit!)).toMatch(new RegExp(`${file}:${line} → `));
      expect(result.index, 'a build with errors must not produce an index').toBeUndefined();
      // The valid entries are still checked: one bad file does not hide the others' gates.
      expect(result.entries.filter((e) => e.id === 'netflix-architecture')[0]?.gates.parses).toBe(true);
    });
  }

  it('registry honesty: first_party is required, mirrors and rolling pages are checked, Atlas is no evidence', async () => {
    const dir = await dataWith('kafka-lag-copy.md', '');
    await rm(join(dir, 'entries', 'debugging', 'kafka-lag-copy.md'));
    await writeFile(
      join(dir, 'sources-extra.yaml'),
      [
        "- { id: no-party, title: A page, url: 'https://example.org/a', publisher: Example, kind: docs }",
        "- { id: bad-mirror, title: A copy, url: 'https://web.archive.org/web/2020/https://example.org/b', publisher: Example, kind: docs, first_party: true, mirror_of: nowhere }",
        "- { id: rolling-page, title: Latest docs, url: 'https://example.org/latest', publisher: Example, kind: docs, first_party: true, rolling: true }",
        "- { id: own-registry, title: Our registry, url: 'https://example.org/atlas', publisher: Atlas, kind: other, first_party: true }",
        '',
      ].join('\n'),
    );
    const result = await buildContent({ dataDir: dir, workers: 1 });
    const mine = result.problems.filter((p) => p.file.endsWith('sources-extra.yaml')).map(formatProblem);
    expect(mine).toEqual([
      expect.stringMatching(/sources-extra\.yaml:1 → \[0\] no-party\.first_party → required field is missing/),
      expect.stringMatching(/sources-extra\.yaml:2 → bad-mirror\.mirror_of → mirror_of names unknown source "nowhere"/),
      expect.stringMatching(/sources-extra\.yaml:3 → rolling-page\.archive → a rolling page needs an archived copy/),
      expect.stringMatching(/sources-extra\.yaml:4 → own-registry\.publisher → the project's own pages are never evidence/),
    ]);
  });

  it('status counts entries citing first-party sources and entries citing only secondary ones', async () => {
    const dir = await dataWith(
      'secondary-only.md',
      (await readFile(join(FIX, 'broken', 'status-unarchived.md'), 'utf8'))
        .replace('id: status-unarchived', 'id: secondary-only')
        .replace('sources: [doc-kafka, status-live]', 'sources: [blog-secondary]'),
    );
    const result = await buildContent({ dataDir: dir, workers: 1 });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.index?.sources).toEqual({ first_party: 3, secondary_only: 1, secondary_only_ids: ['secondary-only'] });
  });

  it('duplicate id across files', async () => {
    const { result } = await buildBroken('duplicate-id', 'incidents');
    const dup = result.problems.find((p) => /duplicate id "kafka-lag"/.test(p.message));
    expect(dup).toMatchObject({ field: 'id', line: 2 });
    expect(dup?.message).toMatch(/also in/);
  });

  it('binary garbage', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const dir = await dataWith('garbage.md', junk);
    const result = await buildContent({ dataDir: dir, workers: 1 });
    expect(result.problems.find((p) => p.file.endsWith('garbage.md'))).toMatchObject({
      line: 1,
      field: 'file',
      message: 'file is binary, not text',
    });
  });

  it('invalid UTF-8 without NUL bytes', async () => {
    const dir = await dataWith('latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41, 0x0a]));
    const result = await buildContent({ dataDir: dir, workers: 1 });
    expect(result.problems.find((p) => p.file.endsWith('latin1.md'))?.message).toMatch(/not valid UTF-8/);
  });

  it('a 5 MB file is refused without being parsed', async () => {
    const dir = await dataWith('huge.md', `---\nid: huge\n---\n${'x'.repeat(5 * 1024 * 1024)}`);
    const t0 = performance.now();
    const result = await buildContent({ dataDir: dir, workers: 1 });
    expect(result.problems.find((p) => p.file.endsWith('huge.md'))).toMatchObject({ line: 1, field: 'file' });
    expect(result.problems.find((p) => p.file.endsWith('huge.md'))?.message).toMatch(/limit is 256 KB/);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('collects every problem before failing (several broken files at once)', async () => {
    const dir = await dataWith('wrong-type.md', await readFile(join(FIX, 'broken', 'wrong-type.md')));
    await writeFile(join(dir, 'entries', 'debugging', 'unknown-source.md'), await readFile(join(FIX, 'broken', 'unknown-source.md')));
    await writeFile(join(dir, 'entries', 'debugging', 'mermaid-syntax.md'), await readFile(join(FIX, 'broken', 'mermaid-syntax.md')));
    const result = await buildContent({ dataDir: dir, workers: 1 });
    const files = new Set(result.problems.map((p) => p.file.split('/').pop()));
    expect([...files].sort()).toEqual(['mermaid-syntax.md', 'unknown-source.md', 'wrong-type.md']);
  });
});
