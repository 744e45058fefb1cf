import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test.use({ viewport: { width: 1366, height: 768 } });

test('an incident’s cause chain is a tab of the main canvas, with the full toolbar, in the URL, and presentable', async ({
  page,
  diagram,
}) => {
  await diagram.goto('aws-s3-2017-02');
  await diagram.settled();
  const tabs = page.getByTestId('view-tab');
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  // No squeezed second canvas in the sidebar any more.
  await expect(page.getByTestId('entry-side').getByTestId(T.canvas)).toHaveCount(0);
  const firstSvg = await diagram.svg.innerHTML();
  await tabs.nth(1).click();
  await expect(page).toHaveURL((u) => u.searchParams.get('view') === '1');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await diagram.svg.innerHTML()) !== firstSvg).toBe(true);
  // The cause chain is a plane-coloured flowchart: the colour key is shown beside it.
  await expect(page.getByTestId('plane-legend')).toContainText('Edge');
  // Same toolbar: zoom works on this view.
  const s = (await diagram.settled()).scale;
  await page.getByTestId(T.zoomIn).click();
  await expect.poll(() => diagram.scale()).toBeGreaterThan(s);
  // A reload keeps the view; presenting keeps it too.
  await page.reload();
  await expect(page.getByTestId('view-tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId(T.fullscreen).click();
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  await expect(page).toHaveURL((u) => u.searchParams.get('view') === '1' && u.searchParams.get('fs') === 'true');
});

test('a search match is outlined in teal, not red, and the tab title names the diagram', async ({ page, diagram }) => {
  await diagram.goto('kafka-consumer-lag', { q: 'consumer' });
  await diagram.settled();
  const stroke = await page
    .locator('.atlas-hl')
    .first()
    .locator('rect, polygon, path')
    .first()
    .evaluate((el) => getComputedStyle(el).stroke);
  const [r, g, b] = (stroke.match(/\d+/g) ?? []).map(Number);
  expect(r, stroke).toBeLessThan(100);
  expect(g, stroke).toBeGreaterThan(r ?? 0);
  expect(b, stroke).toBeGreaterThan(r ?? 0);
  await expect(page).toHaveTitle(/Kafka.*· Atlas/);
});

test('sections have permalinks that open on them, and command blocks have a copy button', async ({ page, diagram }) => {
  await diagram.goto('kafka-consumer-lag');
  await diagram.settled();
  const at3 = page.getByTestId('at-3am');
  await expect(at3).toHaveAttribute('id', 'at-3-am');
  await expect(at3.getByTestId('permalink')).toHaveAttribute('href', '#at-3-am');
  await page.goto('/d/kafka-consumer-lag#at-3-am');
  await expect(page.getByTestId('at-3am')).toBeInViewport();
});
