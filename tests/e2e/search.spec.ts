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

test('a query with no plausible match says so instead of showing noise', async ({ home }) => {
  await home.goto();
  await home.type('zzqxv');
  await expect(home.count).toHaveText('0 results');
  await expect(home.result).toHaveCount(0);
});
