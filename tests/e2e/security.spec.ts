import { payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test('the built page carries a CSP that allows only same-origin scripts and no eval', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  const directives = new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(directives.get('object-src')).toEqual(["'none'"]);
  // The app still works under it (mermaid included).
  await page.goto('/d/kafka-consumer-lag');
  await expect(page.getByTestId(T.diagramSvg).locator('svg')).toBeVisible({ timeout: 20_000 });
});

test('markup in diagram labels is shown as text, never executed', async ({ page, diagram }) => {
  const img = '<img src=x onerror=window.__pwned=1>';
  const script = '<script>window.__pwned=1</script>';
  const base = payload('kafka-consumer-lag');
  const evil = {
    ...base,
    source: `flowchart LR\n  A["${img}"] --> B["${script}"]\n  B -- "${img}" --> C[plain]`,
    views: [],
    nodes: [
      { id: 'A', label: img },
      { id: 'B', label: script },
      { id: 'C', label: 'plain' },
    ],
    edges: [
      { from: 'A', to: 'B' },
      { from: 'B', to: 'C', label: img },
    ],
    sections: [{ heading: script, blocks: [{ type: 'p', text: `${img} and ${script}` }] }],
  };
  await page.route('**/content/d/kafka-consumer-lag.json', (r) => r.fulfill({ json: evil }));
  await diagram.goto('kafka-consumer-lag');
  await expect(diagram.svgHost.locator('g.node')).toHaveCount(3);
  // The text alternative and the sections show the markup literally.
  await expect(page.getByTestId(T.textAlternative)).toContainText(img);
  await expect(page.getByTestId(T.entrySide)).toContainText(script);

  // Give anything that could fire (image error, inline script) time to do so.
  await page.waitForTimeout(500);
  expect(await page.locator('#root script').count()).toBe(0);
  expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
  expect(await page.locator('#root img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBeUndefined();
});
