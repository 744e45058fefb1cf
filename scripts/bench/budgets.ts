/** The performance budgets of spec §2.4, evaluated against a run's results. */
import type { BenchResults, Budget } from './results-types';
import { kB } from './sizes';

type Spec = Omit<Budget, 'value' | 'pass'> & { get: (r: BenchResults) => number | undefined };

const corpus = (r: BenchResults, name: string) => r.search.find((s) => s.corpus === name);
const lh = (r: BenchResults, page: string) => r.lighthouse.find((l) => l.page === page);

export const BUDGETS: Spec[] = [
  { id: 'home-gzip', measure: 'Home first view JS+CSS, gzip', unit: 'kB', op: '<=', limit: 150, get: (r) => r.payload && kB(r.payload.home.gzip) },
  {
    id: 'index-1k-gzip',
    measure: 'Startup index at ~1,000 entries, gzip',
    unit: 'kB',
    op: '<=',
    limit: 350,
    get: (r) => r.payload?.index1k && kB(r.payload.index1k.gzip),
  },
  {
    id: 'search-1k-keystroke',
    measure: 'Search per keystroke p95 @1k (engine, top 50)',
    unit: 'ms',
    op: '<=',
    limit: 16,
    get: (r) => corpus(r, '1k')?.perKeystroke.p95,
  },
  {
    id: 'search-1k-home-keystroke',
    measure: 'Search per keystroke p95 @1k (home route work)',
    unit: 'ms',
    op: '<=',
    limit: 16,
    get: (r) => corpus(r, '1k')?.homeKeystroke.p95,
  },
  {
    id: 'search-10k-keystroke',
    measure: 'Search per keystroke p95 @10k (engine, top 50)',
    unit: 'ms',
    op: '<=',
    limit: 50,
    get: (r) => corpus(r, '10k')?.perKeystroke.p95,
  },
  {
    id: 'search-10k-home-keystroke',
    measure: 'Search per keystroke p95 @10k (home route work)',
    unit: 'ms',
    op: '<=',
    limit: 50,
    get: (r) => corpus(r, '10k')?.homeKeystroke.p95,
  },
  { id: 'route-warm', measure: 'Route change → diagram visible, warm, p95', unit: 'ms', op: '<=', limit: 500, get: (r) => r.browser?.warm.p95 },
  { id: 'reopen', measure: 'Re-open rendered diagram (same theme), p95', unit: 'ms', op: '<=', limit: 50, get: (r) => r.browser?.reopen.p95 },
  {
    id: 'build-1k-cold',
    measure: 'Content build ~1,000 entries, cold',
    unit: 's',
    op: '<=',
    limit: 30,
    get: (r) => {
      const b = r.contentBuild.find((x) => x.label === '1k');
      return b && b.errors === 0 ? b.coldMedianMs / 1000 : undefined;
    },
  },
  {
    id: 'build-1k-warm',
    measure: 'Content build ~1,000 entries, unchanged',
    unit: 's',
    op: '<=',
    limit: 5,
    get: (r) => {
      const b = r.contentBuild.find((x) => x.label === '1k');
      return b && b.errors === 0 ? b.warmMedianMs / 1000 : undefined;
    },
  },
  { id: 'lighthouse-home', measure: 'Lighthouse performance, home (mobile)', unit: '', op: '>=', limit: 95, get: (r) => lh(r, 'home')?.performance },
  {
    id: 'lighthouse-diagram',
    measure: 'Lighthouse performance, diagram page (mobile)',
    unit: '',
    op: '>=',
    limit: 95,
    get: (r) => lh(r, 'diagram')?.performance,
  },
];

export function evaluateBudgets(r: BenchResults): Budget[] {
  return BUDGETS.map(({ get, ...spec }) => {
    const v = get(r);
    const value = v === undefined || Number.isNaN(v) ? null : Math.round(v * 100) / 100;
    const pass = value === null ? null : spec.op === '<=' ? value <= spec.limit : value >= spec.limit;
    return { ...spec, value, pass };
  });
}

/** A budget's limit by id (so other code never repeats the numbers of spec §2.4). */
export function limitOf(id: string): number {
  const b = BUDGETS.find((x) => x.id === id);
  if (!b) throw new Error(`no budget ${id}`);
  return b.limit;
}
