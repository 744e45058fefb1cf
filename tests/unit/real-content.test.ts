import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildResult } from '../../scripts/content/build';
import { formatProblem } from '../../scripts/content/problem';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { evaluate, type QueryCase } from '../../src/features/search/engine/evaluate';
import { SearchEngine } from '../../src/features/search/engine/search-engine';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the real data/ folder', () => {
  let result: BuildResult;
  let engine: SearchEngine;
  beforeAll(async () => {
    result = await buildContent({ dataDir: join(ROOT, 'data'), cacheFile: join(ROOT, '.cache', 'mermaid-parse.json') });
    if (result.index) engine = new SearchEngine(result.index.entries, result.index.companies, result.index.symptoms);
  }, 240_000);

  it('validates with zero errors', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.index?.entries.length).toBeGreaterThanOrEqual(18);
  });

  it('a search snapshot (what the CLI loads) answers every evaluation query exactly as the built engine', () => {
    const index = result.index;
    if (!index) throw new Error('no index');
    const snap = JSON.parse(JSON.stringify(engine.toSnapshot())) as unknown;
    const loaded = new SearchEngine(index.entries, index.companies, index.symptoms, snap);
    const cases = parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'search-queries.yaml'), 'utf8')) as QueryCase[];
    expect(cases.length).toBeGreaterThanOrEqual(120);
    for (const c of cases) expect(loaded.search(c.q, {}, 10), c.q).toEqual(engine.search(c.q, {}, 10));
  });

  it('every entry passes gates 1–6', () => {
    for (const [gate, count] of Object.entries(result.index?.gates ?? {})) {
      if (gate !== 'size') expect(count.fail, gate).toBe(0);
    }
  });

  it('every incident entry links the incidents registry and has a symptom', () => {
    const incidents = result.index?.entries.filter((e) => e.category === 'incidents') ?? [];
    expect(incidents.length).toBeGreaterThan(0);
    for (const e of incidents) {
      expect(e.incident?.registry, e.id).toBeTruthy();
      expect(e.symptoms.length, e.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['kafak lag', 'kafka-consumer-lag'],
    ['s3 outage', 'aws-s3-2017-02'],
    ['consumer group lag', 'kafka-consumer-lag'],
  ])('search "%s" ranks %s first', (query, id) => {
    expect(engine.search(query)[0]?.id).toBe(id);
  });

  it('typo "netflx" finds Netflix entries first', () => {
    const top = engine.search('netflx').slice(0, 3);
    expect(top.length).toBeGreaterThan(0);
    for (const h of top) expect(result.index?.entries.find((e) => e.id === h.id)?.company).toBe('netflix');
  });

  it('every symptom in the registry has at least two debugging guides (issue #10)', () => {
    const guides = result.index?.entries.filter((e) => e.category === 'debugging') ?? [];
    const thin = (result.index?.symptoms ?? [])
      .map((s) => ({ id: s.id, n: guides.filter((g) => g.symptoms.includes(s.id)).length }))
      .filter((x) => x.n < 2);
    expect(thin).toEqual([]);
  });

  it('counts entries citing a first-party source and entries citing only secondary ones', () => {
    const s = result.index?.sources;
    expect((s?.first_party ?? 0) + (s?.secondary_only ?? 0)).toBe(result.index?.entries.length);
    expect(s?.secondary_only_ids.length).toBe(s?.secondary_only);
  });

  it('finds the right entry in the top 3 for at least 89% of the on-call query set (issue #15)', () => {
    const cases = parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'search-queries.yaml'), 'utf8')) as QueryCase[];
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const ids = new Set(result.index?.entries.map((e) => e.id));
    expect(cases.flatMap((c) => c.expect).filter((id) => !ids.has(id))).toEqual([]);
    const report = evaluate(engine, cases);
    const misses = report.ranks.filter((r) => r.rank === null || r.rank > 3).map((r) => `"${r.q}" → ${r.top.join(', ')}`);
    // The level reached when the ranking was last tuned (91.6% on 214 queries); a drop below 89% fails.
    expect(report.hit3, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.89);
  });
});
