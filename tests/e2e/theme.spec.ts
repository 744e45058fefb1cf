import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test('t switches to dark: page and diagram re-render dark, and the choice survives a reload', async ({ page, diagram }) => {
  await diagram.goto('kafka-consumer-lag');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(diagram.svgHost).toHaveAttribute('data-theme', 'light');
  const light = await diagram.svgHost.innerHTML();
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.keyboard.press('t');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(diagram.svgHost).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => diagram.svgHost.innerHTML()).not.toBe(light);
  await expect(diagram.svg).toBeVisible();
  const dark = await diagram.svgHost.innerHTML();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
  await expect(page.getByTestId(T.themeToggle)).toHaveAttribute('aria-label', /light mode/);

  await page.reload();
  await diagram.waitForSvg('kafka-consumer-lag');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(diagram.svgHost).toHaveAttribute('data-theme', 'dark');
  // Same dark rendering after reload (ids inside the SVG are per render, so compare without them).
  const norm = (s: string) => s.replace(/atlas-mmd-[a-z0-9-]+/g, 'X');
  expect(norm(await diagram.svgHost.innerHTML())).toBe(norm(dark));

  await page.getByTestId(T.themeToggle).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(diagram.svgHost).toHaveAttribute('data-theme', 'light');
});
