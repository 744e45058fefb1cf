import { useEffect, useRef, useState } from 'react';
import { CONTENT_BASE } from '../../lib/content-api';
import { auditSvg, pageBackground, type AuditRow } from '../../features/diagram-viewer/diagram-audit';

declare global {
  interface Window {
    /** Read by tests/e2e/first-view.spec.ts and contrast.spec.ts. */
    __atlasAudit?: { done: boolean; rows: AuditRow[]; error?: string };
  }
}

/**
 * Diagnostic page: `/__audit?w=<canvas width>&h=<canvas height>&phone=0|1&theme=light|dark` audits every
 * pre-rendered SVG of that theme (first view at that canvas size, text contrast) and publishes the rows.
 */
export function AuditRoute() {
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('Auditing…');
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const frame = { width: Number(q.get('w') ?? 900), height: Number(q.get('h') ?? 530) };
    const phone = q.get('phone') === '1';
    const theme = q.get('theme') === 'dark' ? 'dark' : 'light';
    let live = true;
    void (async () => {
      const report = { done: false, rows: [] as AuditRow[] } as NonNullable<Window['__atlasAudit']>;
      window.__atlasAudit = report;
      try {
        const res = await fetch(`${CONTENT_BASE}/render-report.json`);
        const all = ((await res.json()) as { results: { path: string; theme: string }[] }).results.filter((r) => r.theme === theme);
        for (const r of all) {
          if (!live || !host.current) return;
          const svg = await (await fetch(`${CONTENT_BASE}/${r.path}`)).text();
          report.rows.push(auditSvg(host.current, r.path, svg, frame, phone, pageBackground(theme)));
        }
        report.done = true;
        setStatus(`Done: ${report.rows.length} diagrams`);
      } catch (e) {
        report.error = e instanceof Error ? e.message : String(e);
        report.done = true;
        setStatus(report.error);
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return (
    <div data-testid="audit">
      <p role="status">{status}</p>
      <div ref={host} className="diagram-svg" style={{ position: 'absolute', left: 0, top: 0, opacity: 0.01, pointerEvents: 'none' }} />
    </div>
  );
}
