import { readFile } from 'node:fs/promises';
import { payload } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

const ID = 'kafka-consumer-lag';

test.beforeEach(async ({ diagram }) => {
  await diagram.goto(ID);
});

test('SVG download is a well-formed SVG with a viewBox', async ({ page, diagram }) => {
  const [download] = await Promise.all([page.waitForEvent('download'), diagram.button(T.downloadSvg).click()]);
  expect(download.suggestedFilename()).toBe(`${ID}.svg`);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      root: root.localName,
      ns: root.namespaceURI,
      errors: doc.getElementsByTagName('parsererror').length,
      viewBox: root.getAttribute('viewBox'),
      texts: root.querySelectorAll('text').length,
    };
  }, text);
  expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', errors: 0 });
  expect(parsed.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  expect(parsed.texts).toBeGreaterThan(0);
});

test('PNG download is a real PNG at twice the diagram size', async ({ page, diagram }) => {
  const [download] = await Promise.all([page.waitForEvent('download'), diagram.button(T.downloadPng).click()]);
  expect(download.suggestedFilename()).toBe(`${ID}.png`);
  const png = await readFile(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  // IHDR: width and height are the big-endian words at bytes 16 and 20.
  const viewBox = (await diagram.svg.getAttribute('viewBox'))?.split(/[\s,]+/).map(Number) ?? [];
  expect(png.readUInt32BE(16)).toBe(Math.ceil((viewBox[2] ?? 0) * 2));
  expect(png.readUInt32BE(20)).toBe(Math.ceil((viewBox[3] ?? 0) * 2));
});

test('Copy source puts the mermaid source on the clipboard; Copy link the page URL with its zoom and view', async ({
  page,
  context,
  diagram,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await diagram.button(T.copySource).click();
  await expect(diagram.viewer.getByRole('status').filter({ hasText: 'Source copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(payload(ID).source);

  // The link is this page plus the zoom and the part in view: opened elsewhere, it shows the same.
  await diagram.button(T.zoomIn).click();
  await diagram.button(T.zoomIn).click();
  const before = await diagram.settled();
  await diagram.button(T.copyLink).click();
  await expect(diagram.viewer.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const here = new URL(page.url());
  expect(link.pathname).toBe(here.pathname);
  expect(link.searchParams.get('z')).toMatch(/^[\d.]+,-?\d+,-?\d+$/);
  const other = await context.newPage();
  await other.goto(link.href);
  const canvas = other.getByTestId(T.canvas);
  await expect.poll(async () => Number(await canvas.getAttribute('data-scale'))).toBeCloseTo(before.scale, 2);
  expect(Number(await canvas.getAttribute('data-x'))).toBeCloseTo(before.x, -1);
});
