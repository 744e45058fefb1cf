import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

/** A systems diagram that a public incident's `affects:` links to (so its failure history needs the index). */
function linkedDiagram(): string {
  for (const e of contentIndex().entries as { affects?: { diagram: string }[] }[]) {
    const d = e.affects?.[0]?.diagram;
    if (d) return d;
  }
  throw new Error('no incident declares the components it hit (affects:)');
}

test('a cold diagram link draws from its own payload while the startup index is held back; the index then adds the failure history', async ({
  page,
  diagram,
}) => {
  const id = linkedDiagram();
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/content/') && path.endsWith('.json')) asked.push(path);
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/content/startup.json', async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(`/d/${id}`);
  await expect(diagram.title).toBeVisible();
  await expect(diagram.svg).toBeVisible({ timeout: 20_000 });
  // What needs every entry is not there yet, and the page says nothing is wrong.
  await expect(page.getByTestId('history-toggle')).toHaveCount(0);
  await expect(page.getByTestId(T.indexError)).toHaveCount(0);
  // The payload was asked for first; the index only after it.
  const payloadAt = asked.indexOf(`/content/d/${id}.json`);
  expect(payloadAt).toBeGreaterThanOrEqual(0);
  expect(asked.indexOf('/content/startup.json')).toBeGreaterThan(payloadAt);

  release();
  await expect(page.getByTestId('history-toggle')).toBeVisible();
  await expect(page.locator('[data-testid=history-badge]').first()).toBeAttached();
  // Labels come after the startup index, and nothing on the page breaks when they land.
  await expect.poll(() => asked.includes('/content/labels.json')).toBe(true);
  await expect(diagram.svg).toBeVisible();
});

test('a cold link to an unknown diagram still offers the closest matches once the index is in', async ({ page }) => {
  await page.goto('/d/kafka-consumer-lagg');
  await expect(page.getByTestId('not-found')).toContainText('No diagram called');
  await expect(page.getByTestId('not-found').getByRole('link').first()).toBeVisible();
});
