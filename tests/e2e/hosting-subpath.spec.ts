import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { startNginx, type Nginx } from './support/nginx';
import { T } from './support/test-ids';

/**
 * Issue #19: the build made for a sub-path (`npm run build -- --base /atlas/ --out dist-atlas`), served by
 * the shipped nginx config under /atlas/: the core journeys work and nothing is fetched outside /atlas/.
 */
const BASE = '/atlas/';
const OUT = process.env.E2E_SUBPATH_DIST ?? 'dist-atlas';
let nginx: Nginx;

// One server (and one build) per file: keep its tests in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!existsSync(join(OUT, 'index.html'))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--base', BASE, '--out', OUT], { stdio: 'inherit' });
    expect(r.status, 'sub-path build failed').toBe(0);
  }
  nginx = await startNginx(OUT, BASE);
});
test.afterAll(async () => nginx?.stop());

test('under /atlas/: search, open a diagram, reload a deep link and present, with every request inside /atlas/', async ({ page }) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin === nginx.origin && !u.pathname.startsWith(BASE)) outside.push(u.pathname);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${nginx.origin}${BASE}`);
  await page.getByTestId(T.searchInput).fill('kafka lag');
  const first = page.getByTestId(T.result).first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /^\/atlas\/d\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/atlas\/d\/[a-z0-9-]+/);
  await expect(page.getByTestId(T.viewer).getByTestId(T.diagramSvg).locator('svg')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId(T.viewer).getByTestId(T.diagramSvg).locator('svg')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('f');
  await expect(page.getByTestId(T.viewer)).toHaveAttribute('data-fullscreen', 'true');
  await expect(page).toHaveURL(/\/atlas\/d\/.*fs=true/);
  // Other routes and the manifest too.
  await page.goto(`${nginx.origin}${BASE}incidents`);
  await expect(page.getByTestId('symptom-list')).toBeVisible();
  expect(outside, `requests outside ${BASE}`).toEqual([]);
  expect(failed).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string };
  expect(manifest.start_url).toBe(BASE);
  expect(manifest.scope).toBe(BASE);
});

test.describe('offline under /atlas/', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker is scoped to /atlas/ and search works offline after one visit', async ({ page, context }) => {
    await page.goto(`${nginx.origin}${BASE}`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${nginx.origin}${BASE}`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
    await context.setOffline(true);
    await page.goto(`${nginx.origin}${BASE}incidents`);
    await expect(page.getByTestId('symptom-list')).toBeVisible();
    await page.goto(`${nginx.origin}${BASE}?q=kafka`);
    await expect(page.getByTestId(T.result).first()).toBeVisible();
  });
});

test('the sub-path build’s OpenSearch description and page shells point inside /atlas/', async ({ request }) => {
  const osd = await (await request.get(`${nginx.origin}${BASE}opensearch.xml`)).text();
  expect(osd).toContain('template="/atlas/?q={searchTerms}"');
  const shell = await request.get(`${nginx.origin}${BASE}d/kafka-consumer-lag`);
  expect(shell.status()).toBe(200);
  const html = await shell.text();
  expect(html).toMatch(/<title>[^<]*Kafka/);
  expect(html).toContain('src="/atlas/assets/');
});
