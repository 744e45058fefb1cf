import { expect, type Locator, type Page } from '@playwright/test';
import { T } from '../support/test-ids';

export interface Transform {
  scale: number;
  x: number;
  y: number;
}

export class DiagramPage {
  readonly root: Locator;
  readonly viewer: Locator;
  readonly title: Locator;
  /** The primary diagram's canvas (extra views further down have canvases of their own). */
  readonly canvas: Locator;
  readonly svgHost: Locator;
  readonly svg: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(T.diagramPage);
    this.viewer = page.getByTestId(T.viewer);
    this.title = page.getByTestId(T.diagramTitle);
    this.canvas = this.viewer.getByTestId(T.canvas);
    this.svgHost = this.viewer.getByTestId(T.diagramSvg);
    this.svg = this.svgHost.locator('svg').first();
  }

  async goto(id: string, params: Record<string, string> = {}): Promise<void> {
    const qs = new URLSearchParams(params).toString();
    await this.page.goto(`/d/${id}${qs ? `?${qs}` : ''}`);
    await this.waitForSvg(id);
  }

  /** The page shows `id` and its primary diagram is drawn and has settled at its first fit. */
  async waitForSvg(id?: string): Promise<void> {
    if (id) await expect(this.root).toHaveAttribute('data-id', id);
    await expect(this.svg).toBeVisible({ timeout: 20_000 });
    await expect(this.canvas).toHaveAttribute('data-scale', /\d/);
  }

  async transform(): Promise<Transform> {
    return this.canvas.evaluate((el: HTMLElement) => ({
      scale: Number(el.dataset.scale),
      x: Number(el.dataset.x),
      y: Number(el.dataset.y),
    }));
  }

  async scale(): Promise<number> {
    return (await this.transform()).scale;
  }

  /** Wait until the transform stops changing (button zooms animate for 150 ms). */
  async settled(): Promise<Transform> {
    let last = await this.transform();
    await expect
      .poll(async () => {
        const now = await this.transform();
        const same = now.scale === last.scale && now.x === last.x && now.y === last.y;
        last = now;
        return same;
      })
      .toBe(true);
    return last;
  }

  button(testId: string): Locator {
    return this.viewer.getByTestId(testId);
  }

  /** Centre of the canvas in viewport coordinates (scrolled into view first, for mouse and touch). */
  async canvasCentre(): Promise<{ x: number; y: number }> {
    await this.canvas.scrollIntoViewIfNeeded();
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('canvas has no box');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
