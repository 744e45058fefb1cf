import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawFrontmatterSchema } from '../../src/content-schema/entry-schema';
import { INDEX_FORMAT, type IndexEntry, type StartupIndex } from '../../src/content-schema/index-types';
import { buildContent } from '../content/build';
import { parseDiagrams } from '../content/mermaid-pool';
import { formatProblem, type Problem } from '../content/problem';
import { parseEntryFile } from '../content/parse-entry';
import { loadRegistries } from '../content/registries';
import { categoryCounts, generateEntries, parseResultOf } from './synthetic-corpus';
import { toMarkdown, writeDataFolder } from './synthetic-data-folder';
import { vocabularyFrom, type Vocabulary } from './vocabulary';

const DATA = join(import.meta.dirname, '..', '..', 'data');

// A small stand-in for the real startup index: the generator must work from any index.
const entry = (id: string, summary: string, tags: string[], labels: string[]): IndexEntry => ({
  id,
  title: `${id} title words`,
  category: 'incidents',
  summary,
  tags,
  symptoms: [],
  planes: [],
  diagram: 'timeline',
  labels,
  estimates: false,
  lastReviewed: '2026-11-22',
});

let vocab: Vocabulary;
const tmp: string[] = [];

beforeAll(async () => {
  const problems: Problem[] = [];
  const registries = await loadRegistries(DATA, problems);
  const index: StartupIndex = {
    format: INDEX_FORMAT,
    mermaidVersion: 'test',
    contentHash: 'test',
    entries: [
      entry(
        'a',
        'A config push removed healthy backends from the load balancer pool. Requests failed for two hours until the change was rolled back.',
        ['bgp', 'dns', 'load-balancer'],
        ['Edge routers', 'Primary database', 'Config service'],
      ),
      entry('b', 'Kafka consumers fell behind after a rebalance loop; lag grew on every partition.', ['kafka', 'consumer-groups'], ['Consumer group']),
      entry('c', 'Postgres replica lag climbed while a long transaction held back vacuum on the primary.', ['postgres', 'replication'], ['Read replica']),
    ],
    companies: [...registries.companies.values()],
    symptoms: [...registries.symptoms.values()],
    gates: { parses: { pass: 3, fail: 0 }, schema: { pass: 3, fail: 0 }, sources: { pass: 3, fail: 0 }, 'at-3am': { pass: 3, fail: 0 }, planes: { pass: 3, fail: 0 }, safe: { pass: 3, fail: 0 }, size: { pass: 3, fail: 0 } },
    sources: { first_party: 3, secondary_only: 0, secondary_only_ids: [] },
  };
  vocab = vocabularyFrom(index, registries);
});

afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateEntries(vocab, 120, 42);
    const b = generateEntries(vocab, 120, 42);
    const c = generateEntries(vocab, 120, 43);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('follows the category targets, with one systems entry per company and kind', () => {
    const counts = categoryCounts(1000, 30);
    expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(1000);
    expect(counts.systems).toBe(240);
    const ten = categoryCounts(10_000, 30);
    expect(ten.systems).toBe(240);
    expect(Object.values(ten).reduce((s, n) => s + n, 0)).toBe(10_000);
    const entries = generateEntries(vocab, 300, 1);
    const slots = entries.filter((e) => e.frontmatter.category === 'systems').map((e) => `${e.frontmatter.company}/${e.frontmatter.kind}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(new Set(entries.map((e) => e.frontmatter.id)).size).toBe(entries.length);
  });

  it('writes entries whose frontmatter passes the schema and whose blocks round-trip', () => {
    for (const e of generateEntries(vocab, 150, 3)) {
      expect(rawFrontmatterSchema.safeParse(e.frontmatter).success).toBe(true);
      const problems: Problem[] = [];
      const parsed = parseEntryFile(`entries/${e.frontmatter.category}/${e.frontmatter.id}.md`, toMarkdown(e), problems);
      expect(problems).toEqual([]);
      expect(parsed?.blocks.map((b) => b.text)).toEqual(e.diagrams.map((d) => d.source));
      expect(parsed?.sections.some((s) => s.heading === 'At 3 AM')).toBe(true);
    }
  });

  it('passes the real content build, and models what mermaid extracts from each diagram', async () => {
    const entries = generateEntries(vocab, 40, 5);
    const dir = await mkdtemp(join(tmpdir(), 'atlas-syn-'));
    tmp.push(dir);
    await writeDataFolder(dir, DATA, entries);
    const result = await buildContent({ dataDir: dir, workers: 2 });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.index?.entries).toHaveLength(40);
    const diagrams = entries.flatMap((e) => e.diagrams);
    const parsed = await parseDiagrams(new Map(diagrams.map((d, i) => [String(i), d.source])), 2);
    diagrams.forEach((d, i) => {
      const real = parsed.get(String(i));
      const model = parseResultOf(d);
      expect(real?.ok && { type: real.type, nodes: real.nodes }).toEqual({ type: model.type, nodes: model.nodes });
    });
  });
});
