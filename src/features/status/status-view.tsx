import { appPath } from '../../lib/app-path';
import type { StartupIndex } from '../../content-schema/index-types';
import { CATEGORY_TARGETS, GATES, SYSTEM_KINDS, type Category } from '../../content-schema/taxonomy';

const GATE_NAMES: Record<(typeof GATES)[number], string> = {
  parses: '1. parses with the shipped mermaid',
  schema: '2. schema and references',
  sources: '3. at least one source',
  'at-3am': '4. At 3 AM section',
  planes: '5. planes, no hard-coded colours',
  safe: '6. no unsafe content',
  size: '7. readable size (warning only)',
};

export function StatusView({ index }: { index: StartupIndex }) {
  const counts = new Map<Category, number>();
  const matrix = new Map<string, Set<string>>();
  for (const e of index.entries) {
    counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    if (e.category === 'systems' && e.company && e.kind) {
      const set = matrix.get(e.company) ?? new Set();
      set.add(e.kind);
      matrix.set(e.company, set);
    }
  }
  const total = Object.values(CATEGORY_TARGETS).reduce((a, b) => a + b, 0);
  return (
    <div className="status" data-testid="status-view">
      <h1>Content status</h1>
      <p>
        {index.entries.length} entries of a {total} target · mermaid {index.mermaidVersion}
      </p>
      <h2>Coverage</h2>
      <table className="coverage">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Entries</th>
            <th scope="col">Target</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(CATEGORY_TARGETS) as Category[]).map((c) => {
            const n = counts.get(c) ?? 0;
            const t = CATEGORY_TARGETS[c];
            return (
              <tr key={c} data-testid={`coverage-${c}`}>
                <th scope="row">{c}</th>
                <td>{n}</td>
                <td>{t}</td>
                <td>
                  <progress max={t} value={Math.min(n, t)} aria-label={`${c}: ${n} of ${t}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Quality gates</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Gate</th>
            <th scope="col">Pass</th>
            <th scope="col">Fail</th>
          </tr>
        </thead>
        <tbody>
          {GATES.map((g) => (
            <tr key={g} data-testid={`gate-${g}`}>
              <th scope="row">{GATE_NAMES[g]}</th>
              <td>{index.gates[g].pass}</td>
              <td>{index.gates[g].fail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Sources</h2>
      <p data-testid="source-counts">
        {index.sources.first_party} entries cite a first-party source (the organisation&apos;s own report, docs or paper);{' '}
        {index.sources.secondary_only} cite only third-party write-ups
        {index.sources.secondary_only > 0 ? `: ${index.sources.secondary_only_ids.join(', ')}` : ''}.
      </p>
      <h2>Systems: 30 companies × 8 diagrams</h2>
      <div className="matrix-wrap">
        <table className="matrix" data-testid="systems-matrix">
          <thead>
            <tr>
              <th scope="col">Company</th>
              {SYSTEM_KINDS.map((k) => (
                <th key={k} scope="col">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {index.companies.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={appPath(`company/${c.id}`)}>{c.name}</a>
                </th>
                {SYSTEM_KINDS.map((k) => {
                  const has = matrix.get(c.id)?.has(k) ?? false;
                  return (
                    <td key={k} className={has ? 'yes' : 'no'} aria-label={`${c.name} ${k}: ${has ? 'written' : 'missing'}`}>
                      {has ? '✓' : '·'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
