import { expect, test } from './support/fixtures';

/** Issue #16, item 4: two diagrams side by side, each with its own zoom, optionally locked; all in the URL. */
const A = 'netflix-architecture';
const B = 'netflix-storage';

for (const vp of [
  { name: 'desktop', viewport: { width: 1366, height: 768 }, touch: false, stacked: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true, stacked: true },
]) {
  test.describe(vp.name, () => {
    test.use({ viewport: vp.viewport, hasTouch: vp.touch, isMobile: vp.touch });

    test('compare: from a diagram’s “Compare with…”, pick a second one; zoom is independent until locked', async ({ page, diagram }) => {
      await diagram.goto(A);
      await diagram.settled();
      await page.getByTestId('compare-with').click();
      await expect(page).toHaveURL((u) => u.pathname === '/compare' && u.searchParams.get('a') === A);
      await page.getByTestId('compare-pick-b').fill(B);
      await expect(page).toHaveURL((u) => u.searchParams.get('b') === B);
      const pa = page.getByTestId('compare-pane-a');
      const pb = page.getByTestId('compare-pane-b');
      await expect(pa.locator('[data-testid=diagram-svg] svg')).toBeVisible({ timeout: 20_000 });
      await expect(pb.locator('[data-testid=diagram-svg] svg')).toBeVisible({ timeout: 20_000 });
      // Side by side on a laptop, stacked on a phone.
      const ba = await pa.boundingBox();
      const bb = await pb.boundingBox();
      if (vp.stacked) expect((bb?.y ?? 0) > (ba?.y ?? 0) + (ba?.height ?? 0) - 2).toBe(true);
      else expect(Math.abs((bb?.y ?? 0) - (ba?.y ?? 0))).toBeLessThan(4);

      const scaleOf = (pane: typeof pa) => pane.getByTestId('canvas').evaluate((el: HTMLElement) => Number(el.dataset.scale));
      await expect.poll(() => scaleOf(pb)).toBeGreaterThan(0);
      const b0 = await scaleOf(pb);
      const a0 = await scaleOf(pa);
      // Unlocked: zooming A leaves B alone.
      await pa.getByTestId('zoom-in').click();
      await expect.poll(() => scaleOf(pa)).toBeGreaterThan(a0);
      await page.waitForTimeout(400);
      expect(await scaleOf(pb)).toBeCloseTo(b0, 3);
      // Locked (in the URL): zooming A moves B to the same zoom.
      await page.getByTestId('compare-lock').check();
      await expect(page).toHaveURL((u) => u.searchParams.get('lock') === 'true' || u.searchParams.get('lock') === '1');
      await pa.getByTestId('zoom-in').click();
      await expect.poll(async () => Math.abs((await scaleOf(pb)) - (await scaleOf(pa)))).toBeLessThan(0.01);
      // Reload keeps both diagrams and the lock.
      await page.reload();
      await expect(page.getByTestId('compare-lock')).toBeChecked();
      await expect(page.getByTestId('compare-pane-b').locator('[data-testid=diagram-svg] svg')).toBeVisible({ timeout: 20_000 });
    });
  });
}

test('a company page offers “Compare with…” starting from its architecture', async ({ page }) => {
  await page.goto('/company/netflix');
  await page.getByTestId('compare-with').click();
  await expect(page).toHaveURL((u) => u.pathname === '/compare' && u.searchParams.get('a') === 'netflix-architecture');
});
