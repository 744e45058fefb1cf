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
