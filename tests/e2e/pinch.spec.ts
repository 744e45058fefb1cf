import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 412, height: 839 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

type Point = { x: number; y: number };

/** A real two-finger gesture through Chromium's input pipeline: fingers from `gap` to `to` apart. */
async function pinch(cdp: CDPSession, c: Point, gap: number, to: number): Promise<void> {
  const fingers = (d: number) => [
    { x: c.x - d / 2, y: c.y, id: 0 },
    { x: c.x + d / 2, y: c.y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(gap) });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(gap + ((to - gap) * i) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('pinching out with two fingers zooms in, pinching in zooms out (touch phone)', async ({ page, diagram }) => {
  await diagram.goto('kafka-consumer-lag');
  const start = (await diagram.settled()).scale;
  const cdp = await page.context().newCDPSession(page);
  const c = await diagram.canvasCentre();

  await pinch(cdp, c, 40, 240);
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start * 1.2);
  const bigger = (await diagram.settled()).scale;

  await pinch(cdp, c, 240, 60);
  await expect.poll(() => diagram.scale()).toBeLessThan(bigger);
});
