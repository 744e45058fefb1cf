import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';

/** Issue #16, items 1 and 2: public incidents on the components they hit, and component cards. */
function linked(): { diagram: string; node: string; incident: string; title: string } {
  for (const e of contentIndex().entries as { id: string; title: string; affects?: { diagram: string; node: string }[] }[])
    for (const a of e.affects ?? []) return { ...a, incident: e.id, title: e.title };
  throw new Error('no incident declares the components it hit (affects:)');
}

for (const vp of [
  { name: 'desktop', viewport: { width: 1366, height: 768 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
]) {
  test.describe(vp.name, () => {
    test.use({ viewport: vp.viewport, hasTouch: vp.touch, isMobile: vp.touch });

    test('a component a public incident hit carries a badge; its card lists the incident and opens it; the overlay toggles in the URL', async ({
      page,
      diagram,
    }) => {
      const l = linked();
      await diagram.goto(l.diagram);
      await diagram.settled();
      const badge = page.locator(`[data-testid=history-badge][data-node="${l.node}"]`);
      await expect(badge).toBeAttached();
      expect(Number(await badge.textContent())).toBeGreaterThanOrEqual(1);
      // The card opens from the component (a click, a tap, or Enter on the focused node).
      await page.locator('g.atlas-node', { has: badge }).focus();
      await page.keyboard.press('Enter');
      const card = page.getByTestId('node-card');
      await expect(card).toBeVisible();
      await expect(page).toHaveURL((u) => u.searchParams.get('card') === l.node);
      await expect(card.getByTestId('node-card-incidents')).toContainText(l.title);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      // Toggle the overlay off: no badges, and the URL says so.
      await page.getByTestId('history-toggle').click();
      await expect(page).toHaveURL((u) => u.searchParams.get('hist') === '0');
      await expect(page.locator('[data-testid=history-badge]')).toHaveCount(0);
      await page.getByTestId('history-toggle').click();
      await expect(badge).toBeAttached();
      // The card's incident link opens the incident.
      await page.goto(`/d/${l.diagram}?card=${encodeURIComponent(l.node)}`);
      await page.getByTestId('node-card-incidents').getByRole('link', { name: l.title }).click();
      await expect(page).toHaveURL((u) => u.pathname === `/d/${l.incident}`);
    });
  });
}

test('a component card leads to the debugging guides for its technology', async ({ page, diagram }) => {
  // Netflix's storage diagram names Cassandra; Atlas has Cassandra guides.
  await diagram.goto('netflix-storage');
  await diagram.settled();
  const node = page.locator('g.atlas-node', { hasText: 'Cassandra' }).first();
  await node.click();
  const card = page.getByTestId('node-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('node-card-guides')).toContainText(/Cassandra/i);
  await expect(card.getByTestId('node-card-elsewhere')).toBeVisible();
});

test('the status page counts system diagrams with failure history', async ({ page }) => {
  await page.goto('/status');
  await expect(page.getByTestId('history-counts')).toContainText(/[1-9]\d* of \d+ system diagrams show at least one component/);
});
