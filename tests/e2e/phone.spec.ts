import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function swipe(cdp: CDPSession, x: number, y0: number, y1: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0, id: 0 }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / 10, id: 0 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('the header is one row and every control is a 44 px target', async ({ page, diagram }) => {
  await diagram.goto('dns-resolution-failures');
  await diagram.settled();
  const header = await page.locator('header.top').boundingBox();
  expect(header?.height ?? 999).toBeLessThanOrEqual(60);
  for (const id of [T.zoomIn, T.zoomFit, T.fullscreen, 'theme-toggle', 'help-button']) {
    const b = await page.getByTestId(id).boundingBox();
    expect(b?.height ?? 0, id).toBeGreaterThanOrEqual(44);
  }
  // Nothing widens the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('one finger on the diagram scrolls the page, it does not pan the diagram', async ({ page, diagram }) => {
  await diagram.goto('dns-resolution-failures');
  const before = await diagram.settled();
  await expect(page.getByTestId('touch-hint')).toBeVisible();
  const c = await diagram.canvasCentre();
  const cdp = await page.context().newCDPSession(page);
  await swipe(cdp, c.x, c.y + 100, c.y - 150);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  const after = await diagram.transform();
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
});

test('tapping a symptom brings its results into view', async ({ page }) => {
  await page.goto('/incidents');
  await page.getByTestId('symptom-zone-outage').click();
  await expect(page.getByTestId('symptom-results').locator('h2')).toBeInViewport();
});
