import { contentIndex, payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test.describe('offline (service worker)', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a never-opened diagram says plainly it is not saved; after "Save all" it opens offline', async ({ page, context, diagram }) => {
    test.setTimeout(120_000);
    // An entry this browser has never opened, with extra views so more than one file is needed.
    const target = contentIndex()
      .entries.filter((e) => e.category === 'incidents' && payload(e.id).views.length > 0)
      .at(-1);
    expect(target).toBeTruthy();

    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
    // The app says when it is ready to work offline (once).
    await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 20_000 });

    // The first visit precached the app and the index only: search works offline, the diagram is not there.
    await context.setOffline(true);
    await expect(page.getByTestId(T.offlineIndicator)).toBeVisible();
    await page.goto(`/d/${target?.id}`);
    await expect(page.getByText(/not available offline on this device/)).toBeVisible({ timeout: 15_000 });

    // Back online: save everything from the status page, with progress and a status line.
    await context.setOffline(false);
    await page.goto('/status');
    const save = page.getByTestId('save-offline');
    await expect(save).toContainText(/Save all diagrams for offline \(\d/);
    await save.click();
    await expect(page.getByTestId('offline-status')).toContainText(/^All \d+ diagram files are saved/, { timeout: 90_000 });

    await context.setOffline(true);
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

  test('the first visit precaches the app shell and the index only, not every diagram', async ({ request }) => {
    const sw = await (await request.get('/sw.js')).text();
    expect(sw).toContain('content/startup.json');
    expect(sw).toContain('content/labels.json');
    // The whole index (for tools) is not what the app loads: only its two halves are precached.
    expect(sw).not.toContain('content/index.json');
    expect(sw).not.toMatch(/content\/d\/[a-z0-9-]+\.json/);
    expect(sw).not.toMatch(/content\/svg\//);
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
  expect(await sw.text()).toContain('content/startup.json');
});
