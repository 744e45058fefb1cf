import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';
import { HomePage } from './pages/home-page';
import { T } from './support/test-ids';

test('category + symptom filters live in the URL, survive a reload and open the same results elsewhere', async ({
  page,
  home,
  browser,
}) => {
  const index = contentIndex();
  await home.goto();
  await home.facet('category').selectOption('incidents');
  await expect(page).toHaveURL((u) => u.searchParams.get('cat') === 'incidents');

  // The symptom list now counts incidents only; take the most common symptom.
  const sym = await home.facet('symptom').locator('option').nth(1).getAttribute('value');
  expect(sym).toBeTruthy();
  await home.facet('symptom').selectOption(sym ?? '');
  await expect(page).toHaveURL((u) => u.searchParams.get('cat') === 'incidents' && u.searchParams.get('sym') === sym);

  const expected = index.entries
    .filter((e) => e.category === 'incidents' && e.symptoms.includes(sym ?? ''))
    .map((e) => e.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  // The first page: the best 20 of the matches.
  await expect.poll(async () => (await home.resultIds()).filter((id) => expected.includes(id)).length).toBe(Math.min(expected.length, 20));
  const shown = await home.resultIds();
  const countText = await home.count.textContent();
  // The list shows a first page; "Show more results" reveals the rest until every match is listed.
  const more = page.getByTestId('show-more');
  for (let i = 0; i < 20 && (await more.isVisible()); i++) {
    await more.click();
    await page.waitForTimeout(100);
  }
  await expect.poll(async () => (await home.resultIds()).sort()).toEqual(expected);

  await page.reload();
  await expect(home.facet('category')).toHaveValue('incidents');
  await expect(home.facet('symptom')).toHaveValue(sym ?? '');
  await expect.poll(() => home.resultIds()).toEqual(shown);

  // The URL alone is the state: a fresh browser (no local storage) gets the same list.
  const url = page.url();
  const fresh = await browser.newContext();
  try {
    const other = new HomePage(await fresh.newPage());
    await other.page.goto(url);
    await expect(other.facet('symptom')).toHaveValue(sym ?? '');
    await expect.poll(() => other.resultIds()).toEqual(shown);
    await expect(other.count).toHaveText(countText ?? '');
  } finally {
    await fresh.close();
  }

  await home.page.getByTestId(T.clearFilters).click();
  await expect(page).toHaveURL((u) => !u.searchParams.has('cat') && !u.searchParams.has('sym'));
});
