/**
 * The readable report: one table (printed to stdout and written as Markdown) with every
 * figure next to its budget. Budget rows come from budgets.ts so the table and
 * results.json can never disagree.
 */
import type { BenchResults, Budget } from './results-types';
import { kB } from './sizes';
import { round, type Summary } from './stats';

export interface Row {
  area: string;
  measure: string;
  value: string;
  budget: string;
  status: string;
}

const ms = (s: Pick<Summary, 'p50' | 'p95' | 'max'>): string => `p50 ${s.p50} · p95 ${s.p95} · max ${s.max} ms`;
const size = (s: { raw: number; gzip: number }): string => `${kB(s.gzip)} kB gzip (${kB(s.raw)} kB raw)`;

function budgetCells(b: Budget | undefined): Pick<Row, 'budget' | 'status'> {
  if (!b) return { budget: '', status: '' };
  const status = b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL';
  return { budget: `${b.op === '<=' ? '≤' : '≥'} ${b.limit}${b.unit ? ` ${b.unit}` : ''}`, status };
}

export function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const budget = (id: string): Budget | undefined => r.budgets.find((b) => b.id === id);
  const add = (area: string, measure: string, value: string, id?: string): void => {
    out.push({ area, measure, value, ...budgetCells(id ? budget(id) : undefined) });
  };
  const p = r.payload;
  if (p) {
    add('Payload', `Home first view JS+CSS (${p.home.files.length} files in index.html)`, size(p.home), 'home-gzip');
    if (p.chunks) add('Payload', 'Home JS+CSS as loaded in Chromium (incl. SW registration)', size(p.chunks.home));
    add('Payload', `Startup index, real (${p.index.entries} entries; startup.json)`, size(p.index));
    add('Payload', 'Node labels, fetched after the first view (labels.json)', size(p.labels));
    if (p.index1k) add('Payload', `Startup index, synthetic (${p.index1k.entries} entries, real build)`, size(p.index1k), 'index-1k-gzip');
    if (p.index10k) add('Payload', `Startup index, synthetic (${p.index10k.entries} entries)`, size(p.index10k));
    if (p.chunks)
      add(
        'Payload',
        `JS a first flowchart adds (${p.chunks.added.files.length} files, ${p.chunks.entry})`,
        `${size(p.chunks.added)}; mermaid ${kB(p.chunks.mermaid.gzip)} kB, viewer ${kB(p.chunks.viewer.gzip)} kB gzip`,
      );
    add('Payload', `Service-worker precache (${p.precache.files} files)`, size(p.precache));
  }
  for (const s of r.search) {
    const label = `@${s.corpus} (${s.entries})`;
    add('Search', `Index load JSON.parse / engine build ${label}`, `${s.parseMs} / ${s.buildMs} ms (${kB(s.indexGzipBytes)} kB gzip)`);
    add('Search', `Per query ${label}, ${s.perQuery.n} queries ×${s.perQuery.runs}`, ms(s.perQuery));
    add(
      'Search',
      `Per keystroke, engine top 50 ${label}, ${s.keystrokes} keys ×${s.perKeystroke.runs}`,
      ms(s.perKeystroke),
      s.corpus === '1k' ? 'search-1k-keystroke' : s.corpus === '10k' ? 'search-10k-keystroke' : undefined,
    );
    add(
      'Search',
      `Per keystroke, home route work ${label}, ${s.homeKeystrokes} keys ×${s.homeKeystroke.runs}`,
      ms(s.homeKeystroke),
      s.corpus === '1k' ? 'search-1k-home-keystroke' : s.corpus === '10k' ? 'search-10k-home-keystroke' : undefined,
    );
  }
  const k1 = r.search.find((s) => s.corpus === '1k');
  const k10 = r.search.find((s) => s.corpus === '10k');
  if (k1 && k10) {
    const ratio = (a: number, b: number): string => (b > 0 ? `${round(a / b)}×` : 'n/a');
    add(
      'Search',
      '10k / 1k ratio (p50 / p95)',
      `engine ${ratio(k10.perKeystroke.p50, k1.perKeystroke.p50)} / ${ratio(k10.perKeystroke.p95, k1.perKeystroke.p95)}; home ${ratio(k10.homeKeystroke.p50, k1.homeKeystroke.p50)} / ${ratio(k10.homeKeystroke.p95, k1.homeKeystroke.p95)}; build ${ratio(k10.buildMs, k1.buildMs)}`,
    );
  }
  for (const b of r.contentBuild) {
    const what = `${b.label === 'real' ? 'real data' : `synthetic ${b.label.replace('-seeded', '')}`} (${b.files} files, ${b.diagrams} diagrams)`;
    if (b.errors > 0) {
      add('Build', `Content build ${what}`, `${b.errors} error(s): ${b.problems[0] ?? ''}`);
      continue;
    }
    if (b.coldMs.length)
      add(
        'Build',
        `Content build cold ${what}`,
        `${round(b.coldMedianMs / 1000)} s (runs: ${b.coldMs.map((x) => round(x / 1000)).join(', ')}; CPU ${round(b.coldCpuMs / 1000)} s)`,
        b.label === '1k' ? 'build-1k-cold' : undefined,
      );
    add('Build', `Content build ${b.label.endsWith('seeded') ? 'all diagrams cached (seeded)' : 'unchanged'} ${what}`, `${round(b.warmMedianMs / 1000)} s (runs: ${b.warmMs.map((x) => round(x / 1000)).join(', ')})`, b.label === '1k' ? 'build-1k-warm' : undefined);
  }
  const br = r.browser;
  if (br) {
    add('Browser', `Cold load → diagram visible (${br.cold.n} entries)`, ms(br.cold));
    add('Browser', `Route change → diagram visible, warm (${br.warm.n} entries)`, ms(br.warm), 'route-warm');
    add('Browser', 'Re-open rendered diagram, same theme', ms(br.reopen), 'reopen');
    for (const k of br.keystrokes)
      add(
        'Browser',
        `Search keystroke → expected results painted @${k.corpus} (${k.entries}), ${k.n} keys`,
        `${ms(k)}; echo frame p50 ${k.firstFrame.p50} ms${k.lost ? `; ${k.lost} never showed` : ''}`,
      );
  }
  for (const l of r.lighthouse) {
    add('Lighthouse', `Performance, ${l.page} (median of ${l.runs.length})`, String(l.performance), l.page === 'home' ? 'lighthouse-home' : 'lighthouse-diagram');
    add('Lighthouse', `Accessibility / best practices, ${l.page}`, `${l.accessibility} / ${l.bestPractices}`);
  }
  for (const [section, message] of Object.entries(r.errors)) add('Error', section, message.split('\n')[0]?.slice(0, 160) ?? '');
  return out;
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  const share = m.cpuShare.map((c) => `${Math.round(c.share * 100)}%`).join('/');
  return `${m.cores} cores (${m.cpu}), Node ${m.node}, Chromium ${m.chromium ?? 'n/a'}, mermaid ${m.mermaid}; load avg ${m.loadStart}→${m.loadEnd ?? '?'}, CPU share of one core ${share}`;
}

function summaryLine(r: BenchResults): string {
  const fails = r.budgets.filter((b) => b.pass === false).length;
  const passes = r.budgets.filter((b) => b.pass === true).length;
  return `${passes} budget(s) pass, ${fails} fail, ${r.budgets.length - passes - fails} not measured · wall time ${round(r.wallMs / 1000)} s`;
}

export function textTable(r: BenchResults): string {
  const all = rows(r);
  const head: Row = { area: 'Area', measure: 'Measure', value: 'Value', budget: 'Budget', status: 'Result' };
  const keys = ['area', 'measure', 'value', 'budget', 'status'] as const;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...[head, ...all].map((x) => x[k].length))])) as Record<(typeof keys)[number], number>;
  const line = (x: Row): string => keys.map((k) => x[k].padEnd(width[k])).join('  ').trimEnd();
  const rule = keys.map((k) => '-'.repeat(width[k])).join('  ');
  return [`Atlas bench · ${r.startedAt}`, machineLine(r), '', line(head), rule, ...all.map(line), '', summaryLine(r)].join('\n');
}

export function markdown(r: BenchResults): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const body = rows(r).map((x) => `| ${esc(x.area)} | ${esc(x.measure)} | ${esc(x.value)} | ${esc(x.budget)} | ${x.status ? `**${x.status}**` : ''} |`);
  const notes = r.notes.length ? ['', '## Notes', '', ...r.notes.map((n) => `- ${n}`)] : [];
  return [
    '# Atlas performance bench',
    '',
    `Run ${r.startedAt} · ${machineLine(r)}`,
    '',
    '| Area | Measure | Value | Budget | Result |',
    '|---|---|---|---|---|',
    ...body,
    '',
    summaryLine(r),
    ...notes,
    '',
  ].join('\n');
}
