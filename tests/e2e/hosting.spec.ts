import { expect, test } from './support/fixtures';
import { DIST } from './support/env';
import { startNginx, type Nginx } from './support/nginx';
import { T } from './support/test-ids';

/**
 * The shipped nginx config (deploy/nginx/atlas.conf) serving the built app: the security and caching
 * headers it promises, and the app working behind it. CI installs nginx with apt (see .ci/run).
 */
let nginx: Nginx;
let origin = '';

// One server (and one build) per file: keep its tests in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  nginx = await startNginx(DIST);
  origin = nginx.origin;
});

test.afterAll(async () => nginx?.stop());

test('nginx sends the CSP with frame-ancestors, nosniff and the right caching for each kind of file', async ({ request }) => {
  const page = await request.get(`${origin}/d/kafka-consumer-lag`);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');

  const html = await page.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const js = await request.get(`${origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-encoding']).toBe('gzip');

  for (const path of ['/index.html', '/sw.js', '/content/index.json', '/content/startup.json', '/content/labels.json']) {
    const res = await request.get(`${origin}${path}`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  const index = await request.get(`${origin}/content/index.json`);
  expect(index.headers()['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  const report = JSON.parse(await (await request.get(`${origin}/content/render-report.json`)).text()) as { results: { path: string }[] };
  const svg = await request.get(`${origin}/content/${report.results[0]?.path ?? ''}`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-security-policy']).toMatch(/default-src 'none'/);
  expect(svg.headers()['x-content-type-options']).toBe('nosniff');
  expect(svg.headers()['cache-control']).toContain('immutable');
});

test('behind nginx: a deep link reloads, a diagram opens, and the app refuses to be framed', async ({ page }) => {
  await page.goto(`${origin}/d/kafka-consumer-lag`);
  await expect(page.getByTestId(T.viewer).getByTestId(T.diagramSvg).locator('svg')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId(T.diagramTitle)).toBeVisible();
  // A page elsewhere that frames Atlas gets nothing: the browser enforces frame-ancestors.
  await page.setContent(`<iframe id="f" src="${origin}/"></iframe>`);
  await page.waitForTimeout(1_000);
  const frame = page.frames().find((f) => f.url().startsWith(origin));
  const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
  expect(framedText).not.toContain('Atlas');
});

test('behind nginx: a pasted diagram link previews as that diagram (title and og: tags without scripts), unknown ids still open the app', async ({
  request,
}) => {
  const res = await request.get(`${origin}/d/kafka-consumer-lag`);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-cache');
  const html = await res.text();
  const index = JSON.parse(await (await request.get(`${origin}/content/index.json`)).text()) as {
    entries: { id: string; title: string; summary: string }[];
  };
  const entry = index.entries.find((e) => e.id === 'kafka-consumer-lag');
  expect(entry).toBeTruthy();
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  expect(title).toContain('Kafka');
  expect(html).toMatch(/<meta property="og:title" content="[^"]*Kafka[^"]*"/);
  const og = /<meta property="og:description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(og.length).toBeGreaterThan(40);
  expect(html).toMatch(/src="\/assets\/[^"]+\.js"/);
  // A diagram link fetches what it draws from alongside the app script: its route chunk, its payload and
  // its pre-rendered SVG — each preload naming a file the server really has — and not the startup index.
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(preloads).toContain('/content/d/kafka-consumer-lag.json');
  expect(preloads.some((p) => /^\/assets\/diagram-route-[\w-]+\.js$/.test(p))).toBe(true);
  expect(preloads.filter((p) => /^\/content\/svg\/[0-9a-f]+\.(light|dark)\.svg$/.test(p))).toHaveLength(2);
  expect(preloads).not.toContain('/content/startup.json');
  for (const p of preloads) expect((await request.get(`${origin}${p}`)).status(), p).toBe(200);
  const unknown = await request.get(`${origin}/d/no-such-diagram-here`);
  expect(unknown.status()).toBe(200);
  expect(await unknown.text()).toContain('<div id="root"></div>');
});
