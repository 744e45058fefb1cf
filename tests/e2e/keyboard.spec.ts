import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test('keyboard only: / from a diagram, ↑/↓ move the selection, Enter opens, Esc clears, ? shows help', async ({ page, home, diagram }) => {
  await diagram.goto('kafka-consumer-lag');

  await page.keyboard.press('/');
  await expect(page).toHaveURL((u) => u.pathname === '/');
  await expect(home.search).toBeFocused();

  await page.keyboard.type('dns');
  // The URL is written once typing pauses: by then the list shows the results for all of "dns".
  await expect(page).toHaveURL((u) => u.searchParams.get('q') === 'dns');
  await expect(home.result.nth(2)).toBeVisible();
  const ids = await home.resultIds();
  await expect(home.selected()).toHaveAttribute('data-id', ids[0] ?? '');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(home.selected()).toHaveAttribute('data-id', ids[2] ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(home.selected()).toHaveAttribute('data-id', ids[1] ?? '');
  await expect(home.selected()).toHaveCount(1);
  // The combobox points assistive tech at the same row.
  await expect(home.search).toHaveAttribute('aria-activedescendant', `result-${ids[1]}`);
  await expect(page.locator(`[id="result-${ids[1]}"]`)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Enter');
  await diagram.waitForSvg(ids[1]);

  // Ctrl-K works like / from any page.
  await page.keyboard.press('Control+k');
  await expect(home.search).toBeFocused();
  await page.keyboard.type('kafka');
  await expect(home.result.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(home.search).toHaveValue('');
  await expect(page).toHaveURL((u) => !u.searchParams.has('q'));
  await expect(home.search).toBeFocused();
  // A second Esc leaves the (empty) box, so single-key shortcuts work again.
  await page.keyboard.press('Escape');
  await expect(home.search).not.toBeFocused();

  const help = page.getByTestId(T.helpDialog);
  await expect(help).toBeHidden();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('↓ keeps the selected result on screen, and Back after opening returns to the same results', async ({ page, home, diagram }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await home.search.focus();
  // Typed fast and opened at once: the URL has not caught up with the typing yet.
  await page.keyboard.type('latency');
  await expect(home.result.nth(10)).toBeVisible();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
  const selected = home.selected();
  await expect(selected).toBeInViewport();
  const id = await selected.getAttribute('data-id');

  await page.keyboard.press('Enter');
  await diagram.waitForSvg(id ?? undefined);
  await page.goBack();
  await expect(home.search).toHaveValue('latency');
  await expect(page).toHaveURL((u) => u.pathname === '/' && u.searchParams.get('q') === 'latency');
  await expect(home.result.first()).toBeVisible();
});
