import { contentIndex, payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test.describe('offline (service worker)', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a diagram never opened before renders offline from the precache', async ({ page, context, diagram }) => {
    // An entry this browser has never opened, with extra views so more than one chunk is needed.
    const target = contentIndex()
      .entries.filter((e) => e.category === 'incidents' && payload(e.id).views.length > 0)
      .at(-1);
    expect(target).toBeTruthy();

    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);

    await context.setOffline(true);
    await expect(page.getByTestId(T.offlineIndicator)).toBeVisible();
    // Without the service worker this navigation fails with ERR_INTERNET_DISCONNECTED.
    await page.goto(`/d/${target?.id}`);
    await diagram.waitForSvg(target?.id);
    await expect(diagram.title).toHaveText(target?.title ?? '');
    await expect(diagram.root.getByTestId(T.at3am)).toBeVisible();

    // Chromium's offline emulation does not carry navigator.onLine into a newly loaded document
    // (it starts `true`); re-applying it fires the `offline` event a real device would have given.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(page.getByTestId(T.offlineIndicator)).toBeVisible();

    // Search works offline too (the index is precached).
    await page.keyboard.press('/');
    await page.keyboard.type('kafka');
    await expect(page.getByTestId(T.result).first()).toBeVisible();
  });
});

test('manifest, icons, favicon and robots.txt are linked and served', async ({ page, request }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await request.get(manifestHref ?? '');
  expect(manifest.ok()).toBe(true);
  const json = (await manifest.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(json).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(json.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of json.icons) {
    const res = await request.get(icon.src);
    expect(res.ok(), icon.src).toBe(true);
    expect(res.headers()['content-type']).toContain('image/png');
    expect([...(await res.body()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  }

  const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
  const fav = await request.get(favicon ?? '');
  expect(fav.ok()).toBe(true);
  expect(await fav.text()).toContain('<svg');

  const robots = await request.get('/robots.txt');
  expect(robots.ok()).toBe(true);
  expect(await robots.text()).toMatch(/User-agent:/i);

  const sw = await request.get('/sw.js');
  expect(sw.ok()).toBe(true);
  expect(await sw.text()).toContain('content/index.json');
});
