/**
 * Shared Chromium plumbing for the browser timings: launch, fresh contexts with the page
 * probe installed, and waits on what the probe records. Callbacks passed to page.evaluate or
 * waitForFunction must not hold function-valued consts: tsx compiles them with a `__name`
 * helper that does not exist in the page.
 *
 * Service workers are blocked in every context: a first visit would otherwise precache the
 * whole site (~5 MB) in the background while we time it, and a controlled page would answer
 * from that cache instead of the network the budgets are about.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { INIT_PROBE } from './page-probes';
import { CHROMIUM, CHROMIUM_FLAGS } from './paths';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript({ content: INIT_PROBE });
  return ctx;
}

export const waitPaint = (page: Page, path: string, timeout = 30_000): Promise<unknown> =>
  page.waitForFunction(
    (p) => {
      const b = (window as unknown as { __atlasBench: { paintAt: number; svgPath: string; navStart: number } }).__atlasBench;
      return b.svgPath === p && b.paintAt > b.navStart;
    },
    path,
    { timeout, polling: 50 },
  );

/** Every diagram on the page (extra views included) rendered: nothing is left in mermaid's queue. */
export const settle = async (page: Page): Promise<void> => {
  await page
    .waitForFunction(
      () => {
        const canvases = [...document.querySelectorAll('[data-testid=canvas]')];
        return canvases.length > 0 && canvases.every((c) => c.querySelector('[data-testid=diagram-svg] svg'));
      },
      null,
      { timeout: 20_000, polling: 100 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(100);
};

export const readBench = (page: Page): Promise<{ paintAt: number; navStart: number; svgAt: number }> =>
  page.evaluate(() => {
    const b = (window as unknown as { __atlasBench: { paintAt: number; navStart: number; svgAt: number } }).__atlasBench;
    return { paintAt: b.paintAt, navStart: b.navStart, svgAt: b.svgAt };
  });

export const navigate = (page: Page, path: string): Promise<void> =>
  page.evaluate((p) => (window as unknown as { __atlasNav: (p: string) => void }).__atlasNav(p), path);

