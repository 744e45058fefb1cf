import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

const ID = 'netflix-architecture';

test.beforeEach(async ({ diagram }) => {
  await diagram.goto(ID);
  await diagram.settled();
});

test('Ctrl+wheel over the canvas zooms; a plain wheel scrolls the page and leaves the zoom alone', async ({ page, diagram }) => {
  const start = await diagram.scale();
  const c = await diagram.canvasCentre();
  await page.mouse.move(c.x, c.y);

  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await diagram.scale()).toBe(start);

  await page.evaluate(() => window.scrollTo(0, 0));
  const centre = await diagram.canvasCentre();
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start);
  const zoomed = await diagram.settled();

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect.poll(() => diagram.scale()).toBeLessThan(zoomed.scale);
});

test('one Ctrl+wheel notch zooms by a modest factor around the pointer; a trackpad pinch is smooth', async ({ page, diagram }) => {
  const c = await diagram.canvasCentre();
  const point = { x: c.x - 80, y: c.y - 40 };
  await page.mouse.move(point.x, point.y);
  const before = await diagram.settled();
  // What is under the pointer, in diagram coordinates, before the notch.
  const box = await diagram.canvas.boundingBox();
  const under = (t: { x: number; scale: number; y: number }) => ({
    x: (point.x - (box?.x ?? 0) - t.x) / t.scale,
    y: (point.y - (box?.y ?? 0) - t.y) / t.scale,
  });
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => diagram.scale()).toBeGreaterThan(before.scale);
  const after = await diagram.settled();
  const ratio = after.scale / before.scale;
  expect(ratio).toBeGreaterThan(1.1);
  expect(ratio).toBeLessThan(1.5);
  expect(under(after).x).toBeCloseTo(under(before).x, 0);
  expect(under(after).y).toBeCloseTo(under(before).y, 0);

  // A gentle trackpad pinch: many ctrl+wheel events of a few pixels each.
  const start = after.scale;
  await page.keyboard.down('Control');
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -4);
  await page.keyboard.up('Control');
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start);
  const pinched = (await diagram.settled()).scale / start;
  expect(pinched).toBeGreaterThan(1.03);
  expect(pinched).toBeLessThan(1.12);
});

test('toolbar +, −, Fit and 1:1 change the scale', async ({ diagram }) => {
  const start = await diagram.scale();
  await diagram.button(T.zoomIn).click();
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start);
  const zoomedIn = (await diagram.settled()).scale;

  await diagram.button(T.zoomOut).click();
  await expect.poll(() => diagram.scale()).toBeLessThan(zoomedIn);
  await diagram.settled();

  await diagram.button(T.zoom1).click();
  await expect.poll(() => diagram.scale()).toBe(1);

  // Fit shows the whole diagram: its box lies within the canvas.
  await diagram.button(T.zoomFit).click();
  await expect.poll(() => diagram.scale()).not.toBe(1);
  await diagram.settled();
  const canvas = await diagram.canvas.boundingBox();
  const svg = await diagram.svg.boundingBox();
  expect(canvas && svg).toBeTruthy();
  if (canvas && svg) {
    expect(svg.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(svg.y).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(svg.x + svg.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(svg.y + svg.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
});

test('keyboard + - 1 zoom the diagram too', async ({ page, diagram }) => {
  const start = await diagram.scale();
  await page.keyboard.press('+');
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start);
  await page.keyboard.press('1');
  await expect.poll(() => diagram.scale()).toBe(1);
  await page.keyboard.press('-');
  await expect.poll(() => diagram.scale()).toBeLessThan(1);
});

test('dragging with the mouse pans the diagram', async ({ page, diagram }) => {
  const before = await diagram.transform();
  const c = await diagram.canvasCentre();
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 60, c.y + 40, { steps: 5 });
  await page.mouse.move(c.x + 120, c.y + 80, { steps: 5 });
  await page.mouse.up();
  const after = await diagram.settled();
  expect(after.x - before.x).toBeCloseTo(120, -1);
  expect(after.y - before.y).toBeCloseTo(80, -1);
  expect(after.scale).toBe(before.scale);
});
