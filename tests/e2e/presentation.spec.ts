import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`presenting at ${viewport.width}×${viewport.height}: kiosk-like, readable, steps replace history`, async ({ page, diagram }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await diagram.goto('netflix-architecture');
    await diagram.settled();
    await page.keyboard.press('f');
    await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
    // Only the diagram, the deck position and a way out: the toolbar's other controls are hidden.
    await expect(page.getByTestId(T.zoomIn)).toBeHidden();
    await expect(page.getByTestId('copy-source')).toBeHidden();
    await expect(page.getByTestId(T.fullscreen)).toBeVisible();
    // The canvas fills most of the screen and text is readable (≥ 11 px).
    const box = await page.getByTestId(T.canvas).boundingBox();
    expect((box?.height ?? 0) / viewport.height).toBeGreaterThan(0.75);
    expect(await diagram.scale()).toBeGreaterThanOrEqual(11 / 16 - 0.01);
    // Two steps forward, then Esc and Back: Back leaves the deck instead of replaying it.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL((u) => u.searchParams.get('step') === '1');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL((u) => u.searchParams.get('step') === '2');
    await page.keyboard.press('Escape');
    await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'false');
    await page.goBack();
    await expect(page).toHaveURL((u) => u.pathname === '/');
  });
}

test('search results and a symptom’s incidents can be presented as a deck', async ({ page, diagram }) => {
  await page.goto('/?q=kafka');
  await page.getByTestId('present-results').click();
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  await expect(page).toHaveURL((u) => u.searchParams.get('seq') === 'results' && u.searchParams.get('step') === '0');
  await expect(page.getByTestId('sequence-position')).toContainText('results for “kafka”');

  await page.goto('/incidents?sym=zone-outage');
  await page.getByTestId('present-symptom').click();
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  await expect(page).toHaveURL((u) => u.searchParams.get('seq') === 'results' && u.searchParams.get('sym') === 'zone-outage');
  await expect(page.getByTestId('sequence-position')).toContainText('1 /');
});
