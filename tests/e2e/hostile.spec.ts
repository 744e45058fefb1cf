import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

/**
 * Second line of defence (issue #20): the hostile diagrams the build refuses are fed straight to the
 * viewer, as if one slipped past validation. Whatever they try, nothing may navigate the tab, no form
 * or input may appear inside a diagram, no colour the diagram asked for may be applied, and the page
 * must stay responsive.
 */
const DIR = join(import.meta.dirname, '..', '..', 'scripts', 'content', '__fixtures__', 'hostile');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const m = /```mermaid\n([\s\S]*?)\n```/.exec(text);
    return { name: f.replace(/\.md$/, ''), source: m?.[1] ?? '' };
  })
  .filter((c) => c.source);

// Colours the fixtures try to apply (#f00, rgb(255,0,0), purple, #0f0 …), as computed values.
const FORBIDDEN = ['rgb(255, 0, 0)', 'rgb(0, 255, 0)', 'rgb(128, 0, 128)'];

for (const c of cases) {
  test(`hostile diagram is harmless when rendered: ${c.name}`, async ({ page }) => {
    const base = payload('kafka-consumer-lag');
    await page.route('**/content/d/kafka-consumer-lag.json', (r) => r.fulfill({ json: { ...base, source: c.source, views: [] } }));
    await page.goto('/d/kafka-consumer-lag');
    const start = page.url();
    const svgHost = page.getByTestId(T.viewer).getByTestId(T.diagramSvg);
    // Drawn, refused with an error card, or held behind "Draw it" when large: any is acceptable; a hang is not.
    await expect(svgHost.locator('svg').or(page.getByTestId('render-error')).or(page.getByTestId('large-diagram')).first()).toBeVisible({
      timeout: 20_000,
    });

    // With no SVG (refused or held behind "Draw it") there is nothing inside to check.
    const drawn = (await svgHost.locator('svg').count()) > 0;
    const inside = svgHost.locator('form, input, textarea, select, button, iframe, object, embed, foreignObject, a[href], [onclick]');
    expect(await inside.count()).toBe(0);
    // Click every node: nothing may take the tab anywhere. (A click opens Atlas's own component card,
    // `?card=<node>` on the same page; that is the only change allowed.)
    const nodes = svgHost.locator('g.node, g.actor, rect.actor');
    for (let i = 0; i < Math.min(await nodes.count(), 10); i++)
      await nodes
        .nth(i)
        .click({ force: true, timeout: 2_000 })
        .catch(() => undefined);
    await page.waitForTimeout(300);
    const now = new URL(page.url());
    now.searchParams.delete('card');
    expect(now.href).toBe(start);

    const fills = !drawn
      ? []
      : await svgHost.evaluate((host) =>
          [...host.querySelectorAll('svg *')].flatMap((el) => {
            const s = getComputedStyle(el);
            return [s.fill, s.stroke, s.backgroundColor, s.color];
          }),
        );
    for (const colour of FORBIDDEN) expect(fills, `applied colour ${colour}`).not.toContain(colour);

    // Responsive: the page answers and the search box still takes input.
    const t0 = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await page.keyboard.press('/');
    await page.keyboard.type('dns');
    await expect(page.getByTestId(T.searchInput)).toHaveValue('dns');
  });
}
