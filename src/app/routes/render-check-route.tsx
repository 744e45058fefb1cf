import { useEffect, useState } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { checkAllDiagrams, type RenderReport } from '../../features/diagram-viewer/render-check';
import { IndexGate } from '../index-gate';

declare global {
  interface Window {
    /** Read by the e2e suite (tests/e2e/render-all.spec.ts) while the check runs. */
    __atlasRenderReport?: RenderReport;
    /** With `?keep=1`: every SVG drawn, by pre-render path (read by scripts/prerender-svgs.ts). */
    __atlasRenderSvgs?: Record<string, string>;
    /** Set before load by scripts/prerender-svgs.ts: draw only these pre-render paths (its cache misses). */
    __atlasRenderOnly?: string[];
    /** Set with __atlasRenderOnly: the entries those paths belong to (only their payloads are fetched). */
    __atlasRenderIds?: string[];
  }
}

/** Diagnostic page: renders every diagram in both themes and publishes the results on window. */
export function RenderCheckRoute() {
  return <IndexGate>{(index) => <RenderCheck index={index} />}</IndexGate>;
}

function RenderCheck({ index }: { index: StartupIndex }) {
  const [report, setReport] = useState<RenderReport>({ done: false, total: 0, results: [] });

  useEffect(() => {
    const abort = new AbortController();
    const publish = (r: RenderReport): void => {
      if (abort.signal.aborted) return;
      window.__atlasRenderReport = r;
      setReport({ ...r });
    };
    publish({ done: false, total: 0, results: [] });
    const keep = new URLSearchParams(window.location.search).has('keep') ? {} : undefined;
    window.__atlasRenderSvgs = keep;
    checkAllDiagrams(
      window.__atlasRenderIds ?? index.entries.map((e) => e.id),
      publish,
      abort.signal,
      keep,
      window.__atlasRenderOnly ? new Set(window.__atlasRenderOnly) : undefined,
    ).catch((e: unknown) => publish({ done: true, total: 0, results: [], error: e instanceof Error ? e.message : String(e) }));
    // StrictMode runs effects twice in development: the first run stops at its next render.
    return () => abort.abort();
  }, [index]);

  const failures = report.results.filter((r) => !r.ok);
  return (
    <div className="render-check" data-testid="render-check">
      <h1>Render check</h1>
      <p role="status">
        {report.done ? 'Done' : 'Rendering'}: {report.results.length} of {report.total || '…'} renders, {failures.length} failed
        {report.error ? ` — ${report.error}` : ''}
      </p>
      <ul className="plain-list">
        {failures.map((f) => (
          <li key={`${f.id} ${f.view} ${f.theme}`}>
            {f.id} — {f.view} ({f.theme}) — {f.error}
          </li>
        ))}
      </ul>
    </div>
  );
}
