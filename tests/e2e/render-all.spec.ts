import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import type { RenderReport, RenderResult } from '../../src/features/diagram-viewer/render-check';
import { contentIndex, payload } from './support/content';
import { T } from './support/test-ids';

/** An SVG larger than this is too heavy for a phone at 3 AM (and usually means a runaway diagram). */
const MAX_SVG_BYTES = 150_000;
const REPORT = join(import.meta.dirname, '..', '..', 'bench', 'render-report.json');

test('every diagram (primary and extra views) renders in light and dark with the app’s mermaid', async ({ page }) => {
  test.setTimeout(300_000);
  const index = contentIndex();
  const expectedRenders = index.entries.reduce((n, e) => n + 2 * (1 + payload(e.id).views.length), 0);

  await page.goto('/__render-check');
  await expect(page.getByTestId(T.renderCheck)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__atlasRenderReport?.done === true), { timeout: 280_000, intervals: [1_000] })
    .toBe(true);
  const report = (await page.evaluate(() => window.__atlasRenderReport)) as RenderReport;

  mkdirSync(join(REPORT, '..'), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...summary(report.results), ...report }, null, 2)}\n`);

  expect(report.error, 'the check itself failed').toBeUndefined();
  const failures = report.results.filter((r) => !r.ok).map((r) => `${r.id} — ${r.view} (${r.theme}) — ${r.error}`);
  expect(failures, `diagrams that did not render:\n${failures.join('\n')}`).toEqual([]);
  const heavy = report.results
    .filter((r) => r.bytes > MAX_SVG_BYTES)
    .map((r) => `${r.id} — ${r.view} (${r.theme}) — ${r.bytes} bytes > ${MAX_SVG_BYTES}`);
  expect(heavy, `SVGs too large:\n${heavy.join('\n')}`).toEqual([]);

  expect(new Set(report.results.map((r) => r.id)).size).toBe(index.entries.length);
  expect(report.results).toHaveLength(expectedRenders);
  expect(report.total).toBe(expectedRenders);
});

/** Slowest and largest, per entry and view, for the report file and the CI log. */
function summary(results: RenderResult[]) {
  const top = (key: 'ms' | 'bytes') =>
    [...results]
      .sort((a, b) => b[key] - a[key])
      .slice(0, 5)
      .map((r) => ({ id: r.id, view: r.view, theme: r.theme, [key]: r[key] }));
  return { count: results.length, failed: results.filter((r) => !r.ok).length, slowest: top('ms'), largest: top('bytes') };
}
