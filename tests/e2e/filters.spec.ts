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

test('a company filter lists its eight system diagrams first, in order; the plane filter keeps entries mostly in that plane', async ({
  page,
}) => {
  await page.goto('/?co=netflix');
  await expect(page.getByTestId('result').nth(7)).toBeVisible();
  const ids = await page.getByTestId('result').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids.slice(0, 8)).toEqual([
    'netflix-architecture',
    'netflix-request-flow',
    'netflix-storage',
    'netflix-failure-domains',
    'netflix-scale-evolution',
    'netflix-cost-breakdown',
    'netflix-novel-solutions',
    'netflix-production-operations',
  ]);
  await expect(page.getByTestId('facet-plane').locator('xpath=..')).toContainText('Mostly in plane');
  // The category facet counts systems entries under the other filters: all of them, then only those mostly in `state`.
  const systemsCount = async (): Promise<number> =>
    Number(/\((\d+)\)/.exec((await page.getByTestId('facet-category').locator('option[value=systems]').textContent()) ?? '')?.[1]);
  // Counts are read once the search has run (a typed query waits for the node labels).
  await page.goto('/?q=storage');
  await expect(page.getByTestId('result-count')).toHaveText(/result/);
  const all = await systemsCount();
  await page.goto('/?q=storage&plane=state');
  await expect(page.getByTestId('result-count')).toHaveText(/result/);
  const state = await systemsCount();
  expect(state).toBeGreaterThan(0);
  expect(state).toBeLessThan(all);
});

test('the plane legend shows one plane at a time in the diagram', async ({ page, diagram }) => {
  await diagram.goto('netflix-architecture');
  await diagram.settled();
  await page.getByTestId('plane-focus-state').click();
  await expect(page.getByTestId('plane-focus-state')).toHaveAttribute('aria-pressed', 'true');
  const opacity = (sel: string) =>
    page
      .locator(`[data-testid=viewer] ${sel}`)
      .first()
      .evaluate((el) => Number(getComputedStyle(el).opacity));
  await expect.poll(() => opacity('g.node.state')).toBe(1);
  await expect.poll(() => opacity('g.node.service')).toBeLessThan(0.5);
  await page.getByTestId('plane-focus-state').click();
  await expect.poll(() => opacity('g.node.service')).toBe(1);
});
