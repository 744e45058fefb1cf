import type { SearchEngine } from './search-engine';

/** One query of the query set (tests/fixtures/search-queries.yaml). */
export interface QueryCase {
  q: string;
  /** Entries a good answer shows; the query passes when any of them is in the top 3. */
  expect: string[];
  kind?: string;
}

export interface QualityReport {
  queries: number;
  /** Share of queries whose first result is an expected entry. */
  hit1: number;
  /** Share of queries with an expected entry in the top 3. */
  hit3: number;
  /** Mean reciprocal rank of the first expected entry (0 when it is not in the top 20). */
  mrr: number;
  /** Per query: rank of the first expected entry (1-based, or null), worst first. */
  ranks: { q: string; kind?: string; rank: number | null; top: string[] }[];
}

/** hit@1, hit@3 and MRR of the engine over a query set. */
export function evaluate(engine: SearchEngine, cases: readonly QueryCase[]): QualityReport {
  const ranks = cases.map((c) => {
    const top = engine.search(c.q, {}, 20).map((h) => h.id);
    const i = top.findIndex((id) => c.expect.includes(id));
    return { q: c.q, kind: c.kind, rank: i < 0 ? null : i + 1, top: top.slice(0, 3) };
  });
  const n = Math.max(1, cases.length);
  const within = (k: number): number => ranks.filter((r) => r.rank !== null && r.rank <= k).length / n;
  return {
    queries: cases.length,
    hit1: within(1),
    hit3: within(3),
    mrr: ranks.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / n,
    ranks: [...ranks].sort((a, b) => (b.rank ?? 99) - (a.rank ?? 99)),
  };
}
