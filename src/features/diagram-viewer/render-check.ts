/**
 * Render every diagram of the content with the viewer's own renderSvg, in both themes, and
 * report each result. Used by the /__render-check page that the e2e suite drives: the build's
 * parse gate runs mermaid without a browser layout, so only a real browser proves a diagram draws.
 */
import { fetchPayload } from '../../lib/content-api';
import { prerenderedPath } from '../../content-schema/source-hash';
import { renderSvg, type DiagramTheme } from './mermaid-render';

export interface RenderResult {
  id: string;
  /** `primary`, or the extra view's title. */
  view: string;
  theme: DiagramTheme;
  ok: boolean;
  ms: number;
  bytes: number;
  error?: string;
}

export interface RenderReport {
  done: boolean;
  /** How many renders the whole run makes (known once every payload is fetched). */
  total: number;
  results: RenderResult[];
  /** Set when the run itself failed (e.g. a payload could not be fetched). */
  error?: string;
}

const THEMES: DiagramTheme[] = ['light', 'dark'];

/**
 * Fetch every payload, then render all diagrams in light and then in dark (one pass per theme,
 * so mermaid is re-initialised once, not per diagram). `onProgress` gets the same report object,
 * updated after every render. Stops early when `signal` aborts.
 */
export async function checkAllDiagrams(
  ids: string[],
  onProgress: (report: RenderReport) => void,
  signal: AbortSignal,
  /** When given, every SVG drawn is kept here under its pre-render path (for scripts/prerender-svgs.ts). */
  keep?: Record<string, string>,
  /** When given, only these pre-render paths are drawn (the pre-render step's cache misses). */
  only?: ReadonlySet<string>,
): Promise<void> {
  const payloads = await Promise.all(ids.map((id) => fetchPayload(id)));
  const jobs = payloads.flatMap((p) => [
    { id: p.id, view: 'primary', source: p.source, diagram: p.diagram },
    ...p.views.map((v, i) => ({ id: p.id, view: v.title || `view ${i + 1}`, source: v.source, diagram: v.diagram })),
  ]);
  const wanted = (source: string, theme: DiagramTheme): boolean => !only || only.has(prerenderedPath(source, theme));
  const total = THEMES.reduce((n, t) => n + jobs.filter((j) => wanted(j.source, t)).length, 0);
  const report: RenderReport = { done: false, total, results: [] };
  // Untimed warm-up, one diagram per mermaid type: the first render of a type loads its chunk,
  // which would otherwise be charged to whichever entry happens to come first.
  const firstOfType = new Map(jobs.filter((j) => THEMES.some((t) => wanted(j.source, t))).map((j) => [j.diagram, j] as const));
  for (const j of firstOfType.values()) {
    if (signal.aborted) return;
    await renderSvg(`render-check:warm:${j.id}:${j.view}`, j.source, 'light').catch(() => undefined);
  }
  const utf8 = new TextEncoder();
  for (const theme of THEMES) {
    for (const [n, { id, view, source }] of jobs.entries()) {
      if (signal.aborted) return;
      if (!wanted(source, theme)) continue;
      const start = performance.now();
      try {
        // A key of its own, so a result never comes from the viewer's cache.
        const svg = await renderSvg(`render-check:${n}:${id}`, source, theme);
        if (keep) keep[prerenderedPath(source, theme)] = svg;
        report.results.push({ id, view, theme, ok: true, ms: Math.round(performance.now() - start), bytes: utf8.encode(svg).length });
      } catch (e) {
        const error = (e instanceof Error ? e.message : String(e)).trim().split('\n')[0]?.slice(0, 300);
        report.results.push({ id, view, theme, ok: false, ms: Math.round(performance.now() - start), bytes: 0, error });
      }
      onProgress(report);
    }
  }
  report.done = true;
  onProgress(report);
}
