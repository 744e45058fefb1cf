import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderedPath } from '../../src/content-schema/source-hash';
import { expect, test } from './support/fixtures';
import { contentIndex, payload } from './support/content';
import { DIST } from './support/env';

/** An SVG larger than this is too heavy for a phone at 3 AM (and usually means a runaway diagram). */
const MAX_SVG_BYTES = 150_000;

interface RenderRow {
  id: string;
  view: string;
  theme: 'light' | 'dark';
  path: string;
  ok: boolean;
  ms: number | null;
  bytes: number;
  error?: string;
}

/**
 * Every diagram is drawn once, in Chromium, by the app's own mermaid wrapper during `npm run build`
 * (scripts/prerender-svgs.ts, with a cache keyed by source hash). This suite does not draw them a
 * second time: it checks that build's report covers every view in both themes with no failure, and
 * that every SVG is served, is an SVG with drawn nodes, and is not too heavy.
 */
test('every diagram (primary and extra views) was drawn in light and dark with the app’s mermaid, and is served', async ({ request }) => {
  test.setTimeout(300_000);
  const index = contentIndex();
  const expected = index.entries.flatMap((e) => {
    const p = payload(e.id);
    const sources = [p.source, ...p.views.map((v) => v.source)];
    return (['light', 'dark'] as const).flatMap((theme) => sources.map((s) => `${e.id} ${prerenderedPath(s, theme)}`));
  });
  const report = JSON.parse(readFileSync(join(DIST, 'content', 'render-report.json'), 'utf8')) as { results: RenderRow[] };

  const failures = report.results.filter((r) => !r.ok).map((r) => `${r.id} — ${r.view} (${r.theme}) — ${r.error ?? 'not drawn'}`);
  expect(failures, `diagrams that did not render:\n${failures.join('\n')}`).toEqual([]);
  expect(report.results.map((r) => `${r.id} ${r.path}`).sort()).toEqual(expected.sort());
  const heavy = report.results.filter((r) => r.bytes > MAX_SVG_BYTES).map((r) => `${r.id} — ${r.view} (${r.theme}) — ${r.bytes} B`);
  expect(heavy, `SVGs too large:\n${heavy.join('\n')}`).toEqual([]);

  const paths = [...new Set(report.results.map((r) => r.path))];
  for (let i = 0; i < paths.length; i += 16) {
    await Promise.all(
      paths.slice(i, i + 16).map(async (p) => {
        const res = await request.get(`/content/${p}`);
        expect(res.ok(), p).toBe(true);
        const svg = await res.text();
        expect(svg.startsWith('<svg'), p).toBe(true);
        // A drawn diagram has shapes and text, not an empty or error SVG.
        expect(svg, p).toMatch(/<(?:rect|path|polygon|circle|line)\b/);
        expect(svg, p).toMatch(/<text\b|<tspan\b/);
        expect(svg, p).not.toMatch(/Syntax error in text|Maximum text size/);
      }),
    );
  }
});
