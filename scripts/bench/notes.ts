/**
 * Notes for results.json: for every missed budget, what the run itself observed (largest
 * files, slowest cases, time splits, CPU profile, Lighthouse metrics), so the note stays true
 * for the run it sits in rather than going stale as prose.
 */
import type { NavSample } from './browser-bench';
import type { BenchResults } from './results-types';
import { HOME_PATTERN } from './search-bench';
import { kB } from './sizes';
import { median, round } from './stats';

const slowest = (s: NavSample[], n = 3): string =>
  [...s]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((x) => `${x.id} ${x.ms} ms (${x.diagram}${x.insertMs !== undefined ? `, SVG in DOM at ${x.insertMs} ms` : ''}${x.jsBytes ? `, +${kB(x.jsBytes)} kB JS` : ''})`)
    .join('; ');

/** Whether a built asset is the app's first view, the diagram viewer, or mermaid. */
function role(r: BenchResults, file: string): string {
  const c = r.payload?.chunks;
  if (!c || !file) return '';
  const is = (files: { file: string }[]): boolean => files.some((f) => f.file.endsWith(`/${file}`));
  if (is(c.home.files)) return ' (app entry)';
  if (/^(diagram-page|mermaid-render)-/.test(file)) return ' (viewer)';
  if (is(c.added.files)) return ' (mermaid)';
  return /^[a-z]+(Diagram|-definition)/i.test(file) ? ' (mermaid)' : '';
}

export function buildNotes(r: BenchResults): string[] {
  const notes: string[] = [];
  const failed = new Set(r.budgets.filter((b) => b.pass === false).map((b) => b.id));
  const m = r.machine;
  const shares = m.cpuShare.map((c) => c.share);
  // Load average counts this run's own Chromium and workers too; the busy-loop share does not.
  // One low sample can be a neighbour's burst: flag a run that was mostly or badly contended.
  if (median(shares) < 0.9 || Math.min(...shares) < 0.6)
    notes.push(
      `Machine busy: load average ${m.loadStart} at start and ${m.loadEnd ?? '?'} at end on ${m.cores} cores; a busy loop got ${m.cpuShare.map((c) => `${Math.round(c.share * 100)}% (${c.at})`).join(', ')} of one core. Other processes shared the CPU, so timings (build, search p95, browser, Lighthouse) are inflated; compare with a run on a quiet machine.`,
    );

  const p = r.payload;
  if (failed.has('home-gzip') && p) {
    const big = [...p.home.files].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
    notes.push(`home-gzip: first view ${kB(p.home.gzip)} kB gzip; largest: ${big.map((f) => `${f.file} ${kB(f.gzip)} kB`).join(', ')}.`);
  }
  if (failed.has('index-1k-gzip') && p?.index1k) {
    const share = Object.entries(p.index1k.fieldShare)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([f, s]) => `${f} ${s}%`)
      .join(', ');
    notes.push(
      `index-1k-gzip: ${kB(p.index1k.gzip)} kB gzip for ${p.index1k.entries} entries (${p.index1k.perEntry.gzip} B/entry gzip, ${p.index1k.perEntry.raw} B raw); share of raw bytes by field: ${share}.`,
    );
  }

  for (const size of ['1k', '10k']) {
    const s = r.search.find((x) => x.corpus === size);
    if (!s) continue;
    if (failed.has(`search-${size}-keystroke`))
      notes.push(
        `search-${size}-keystroke: engine top-50 p95 ${s.perKeystroke.p95} ms, p50 ${s.perKeystroke.p50} ms; slowest keystrokes of the home work: ${s.slowest.map((x) => `"${x.prefix}" ${x.ms} ms`).join(', ')}.`,
      );
    if (failed.has(`search-${size}-home-keystroke`)) {
      const prof = r.searchProfile && r.searchProfile.corpus === size ? r.searchProfile : undefined;
      notes.push(
        `search-${size}-home-keystroke: per keystroke the home route runs ${HOME_PATTERN}; that is p95 ${s.homeKeystroke.p95} ms against ${s.perKeystroke.p95} ms for the top-50 call alone. Slowest: ${s.slowest
          .slice(0, 3)
          .map((x) => `"${x.prefix}" ${x.ms} ms`)
          .join(', ')} (short prefixes expand to up to 40 vocabulary terms and match a large share of the entries).${
          prof ? ` CPU profile (${prof.workload}): ${prof.hot.map((h) => `${h.fn} (${h.file}) ${h.share}%`).join(', ')}.` : ''
        }`,
      );
    }
  }

  const br = r.browser;
  if (failed.has('route-warm') && br) notes.push(`route-warm: p95 ${br.warm.p95} ms; slowest: ${slowest(br.warm.samples)}.`);
  if (failed.has('reopen') && br) {
    const ins = br.reopen.samples.map((x) => x.insertMs ?? 0);
    notes.push(
      `reopen: p50 ${br.reopen.p50} / p95 ${br.reopen.p95} ms with the SVG served from the in-memory cache; the SVG reaches the DOM after a median ${round(median(ins))} ms (route transition, payload promise, React mount), the rest is style, layout and paint of the SVG. Slowest: ${slowest(br.reopen.samples)}.`,
    );
  }
  for (const b of r.contentBuild) {
    if (b.label !== '1k') continue;
    if (failed.has('build-1k-cold'))
      notes.push(
        `build-1k-cold: ${b.diagrams} diagrams parsed in ${round(b.coldMedianMs / 1000)} s wall on ${m.cores} worker threads, ${round(b.coldCpuMs / 1000)} s of CPU (${round(b.coldCpuMs / Math.max(1, b.diagrams))} ms per diagram, almost all of it mermaid parsing in the workers); at best ${round(b.coldCpuMs / m.cores / 1000)} s wall on ${m.cores} idle cores.`,
      );
    if (failed.has('build-1k-warm')) notes.push(`build-1k-warm: ${round(b.warmMedianMs / 1000)} s with every diagram cached (${b.files} files read and validated).`);
  }
  for (const l of r.lighthouse) {
    if (!failed.has(`lighthouse-${l.page}`)) continue;
    const mt = l.metrics;
    notes.push(
      `lighthouse-${l.page}: performance ${l.performance} (runs: ${l.runs.map((x) => x.performance).join(', ')}); FCP ${mt['first-contentful-paint']} ms, LCP ${mt['largest-contentful-paint']} ms, TBT ${mt['total-blocking-time']} ms, SI ${mt['speed-index']} ms, TTI ${mt['interactive']} ms, CLS ${mt['cumulative-layout-shift']}; main thread (4× throttled CPU): ${l.mainThread.map((x) => `${x.group} ${x.ms} ms`).join(', ')}; by script: ${l.scripts.map((x) => `${x.file}${role(r, x.file)} ${x.ms} ms`).join(', ')}; ${l.longTasks.count} long tasks, ${l.longTasks.ms} ms in all; audits below 0.9: ${l.weak.map((w) => `${w.id}${w.display ? ` (${w.display})` : ''}`).join(', ')}.`,
    );
  }
  if (r.synthetic && !r.synthetic.parseModelMatches)
    notes.push(
      `synthetic: for ${r.synthetic.mismatches.length}${r.synthetic.mismatches.length === 20 ? '+' : ''} generated diagrams (e.g. ${r.synthetic.mismatches.slice(0, 3).join(', ')}) mermaid's real parse differs from the generator's model, so the 10k index (built from a seeded parse cache) may differ slightly from a cold build's; update synthetic-diagrams.ts.`,
    );
  return notes;
}

/** How the figures were taken, printed under the table. */
export const METHOD = [
  'Sizes: gzip at zlib level 6; kB = 1,000 bytes. Home first view = entry script, modulepreloads and stylesheets named in dist/index.html.',
  'Synthetic corpora: scripts/bench/synthetic-corpus.ts, seeded; category mix of the spec targets (systems capped at 30 companies × 8 kinds); vocabularies and term frequencies from the real index. The ~1,000-entry index and build figures come from a data folder of those entries run through the real buildContent.',
  'Search: the app’s SearchEngine in Node after a warm-up pass. Keystroke = every prefix of every query, typed in order; each pass uses a fresh engine (its ranking and expansion caches empty, as in a new session); each keystroke’s time is its median over passes (time-boxed), then p50/p95/max over keystrokes. The home-route pattern at 10k times every third keystroke.',
  'In-page keystroke: input event → the painted frame whose result list shows exactly the results the app’s engine gives for the typed text (an oracle, so it holds however the app schedules its work). It includes waiting for the next frame (up to 16.7 ms at 60 Hz), so it is reported next to, not against, the search budget.',
  'Browser: system Chromium, headless, production build via vite preview, service workers blocked (so a first visit does not precache ~5 MB while being timed). Visible = SVG in the DOM plus the next painted frame. Warm = client-side route change after two diagrams (timeline + flowchart) were rendered; re-open = away to home and back.',
  'Lighthouse: CLI, default mobile form factor and simulated throttling, a fresh profile per run.',
];
