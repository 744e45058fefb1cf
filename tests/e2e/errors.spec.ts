import { payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test('the index failing to load shows an error; Retry recovers once the network is back', async ({ page, home }) => {
  await page.route('**/content/startup.json', (r) => r.abort('internetdisconnected'));
  await page.goto('/');
  const error = page.getByTestId(T.indexError);
  await expect(error).toBeVisible();
  await expect(error).toContainText('could not be loaded');
  await expect(home.search).toHaveCount(0);

  await page.unroute('**/content/startup.json');
  await error.getByTestId(T.retry).click();
  await expect(home.search).toBeVisible();
  await expect(error).toHaveCount(0);
});

test('a diagram mermaid cannot parse shows mermaid’s message and the source; the rest of the app still works', async ({
  page,
  diagram,
}) => {
  const broken = 'flowchart LR\n  A[Start] --> B(unclosed\n  B --> C';
  await page.route('**/content/d/kafka-consumer-lag.json', (r) =>
    r.fulfill({ json: { ...payload('kafka-consumer-lag'), source: broken, views: [] } }),
  );
  await page.goto('/d/kafka-consumer-lag');
  const error = page.getByTestId(T.renderError);
  await expect(error).toBeVisible({ timeout: 20_000 });
  await expect(error.locator('code')).toHaveText(/Parse error on line \d+/);
  await expect(error.locator('pre')).toHaveText(broken);
  await expect(diagram.svg).toHaveCount(0);
  // The rest of the page is intact.
  await expect(page.getByTestId(T.at3am)).toBeVisible();

  await page.getByTestId(T.themeToggle).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByTestId(T.incidentIndex)).toBeVisible();
});

test('a diagram payload that fails to load says so and can be retried', async ({ page, diagram }) => {
  await page.route('**/content/d/kafka-consumer-lag.json', (r) => r.fulfill({ status: 503, body: 'down' }));
  await page.goto('/d/kafka-consumer-lag');
  const error = page.getByTestId(T.payloadError);
  await expect(error).toContainText('503');
  await page.unroute('**/content/d/kafka-consumer-lag.json');
  await error.getByRole('button', { name: 'Retry' }).click();
  await diagram.waitForSvg('kafka-consumer-lag');
});

test('an unknown diagram id shows not-found with close matches', async ({ page, diagram }) => {
  await page.goto('/d/no-such-thing-kafka');
  const nf = page.getByTestId(T.notFound);
  await expect(nf).toBeVisible();
  await expect(nf.getByRole('heading')).toContainText('no-such-thing-kafka');
  const links = nf.getByTestId(T.suggestions).getByRole('link');
  await expect(links.first()).toBeVisible();
  // The id's words are searched: the suggestions are diagrams about Kafka (by their titles, not their ids).
  const titles = await links.allTextContents();
  expect(
    titles.some((t) => /kafka/i.test(t)),
    titles.join(' | '),
  ).toBe(true);
  await nf.getByRole('link', { name: /kafka/i }).first().click();
  await diagram.waitForSvg();
});

test('an unknown route shows not-found with close matches', async ({ page }) => {
  await page.goto('/no/such/kafka-page');
  const nf = page.getByTestId(T.notFound);
  await expect(nf).toBeVisible();
  await expect(nf).toContainText('/no/such/kafka-page');
  await expect(nf.getByTestId(T.suggestions).getByRole('link', { name: /kafka/i }).first()).toBeVisible();
});
