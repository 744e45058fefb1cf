import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';

test('a typo (“kafak lag”) still finds the Kafka lag guide first, and Enter opens its diagram', async ({ home, diagram, page }) => {
  await home.goto();
  await expect(home.search).toBeFocused();
  await home.type('kafak lag');
  const first = home.result.first();
  await expect(first).toHaveAttribute('data-id', 'kafka-consumer-lag');
  await expect(home.selected()).toHaveAttribute('data-id', 'kafka-consumer-lag');
  // Each result says why it matched, in words.
  await expect(first.getByText(/^matched: .*lag/i)).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/d\/kafka-consumer-lag\?/);
  await diagram.waitForSvg('kafka-consumer-lag');
  await expect(diagram.title).toHaveText(contentIndex().entries.find((e) => e.id === 'kafka-consumer-lag')?.title ?? '');
});

test('“netflx” finds the Netflix entries and says they matched on the company', async ({ home }) => {
  const netflix = contentIndex()
    .entries.filter((e) => e.company === 'netflix')
    .map((e) => e.id);
  expect(netflix.length).toBeGreaterThan(0);
  await home.goto();
  await home.type('netflx');
  // All Netflix entries rank above everything else.
  await expect.poll(async () => (await home.resultIds()).slice(0, netflix.length).sort()).toEqual([...netflix].sort());
  await expect(home.result.first().getByText(/^matched: /)).toContainText(/netflix|company/i);
});

test('a query with no plausible match says so instead of showing noise, and offers a way forward', async ({ home, page }) => {
  await home.goto();
  await home.type('zzqxv');
  await expect(home.count).toHaveText('0 results');
  await expect(home.result).toHaveCount(0);
  const none = page.getByTestId('no-results');
  await expect(none).toContainText('Nothing matches “zzqxv”');
  await expect(none.getByRole('link', { name: 'incident quick index' })).toHaveAttribute('href', '/incidents');
});

test('the empty home is somewhere to start: kinds with counts, symptoms and companies lead on', async ({ home, page }) => {
  const index = contentIndex();
  await home.goto();
  const browse = page.getByTestId('browse-home');
  await expect(browse).toBeVisible();
  const guides = index.entries.filter((e) => e.category === 'debugging').length;
  await expect(browse.getByTestId('browse-category').filter({ hasText: 'debugging' })).toContainText(String(guides));
  await expect(browse.getByTestId('browse-company')).toHaveCount(index.companies.length);
  await browse.getByTestId('browse-company').filter({ hasText: 'Netflix' }).click();
  await expect(page).toHaveURL(/\/company\/netflix$/);
  await page.goBack();
  await browse.getByTestId('browse-category').filter({ hasText: 'debugging' }).click();
  await expect(page).toHaveURL((u) => u.searchParams.get('cat') === 'debugging');
  await expect(home.result.first()).toBeVisible();
});
