/**
 * Per-keystroke latency of the search box as the page shows it: each query typed one key at a
 * time into the home route, one sample per keystroke, ending when the result list shows the
 * results the app's own engine gives for the typed text (see the probe in page-probes.ts).
 */
import type { Browser } from 'playwright-core';
import type { StartupIndex } from '../../src/content-schema/index-types';
import { RESULT_PAGE } from '../../src/app/home-search';
import { SearchEngine } from '../../src/features/search/engine/search-engine';
import type { KeyExpectation, KeySample } from './page-probes';
import { newContext } from './browser-session';
import { roundSummary, summarize, type Summary } from './stats';

type BenchWindow = { __atlasBench: { armed: boolean; keys: KeySample[]; expect: KeyExpectation | null } };

export interface KeystrokeResult extends Summary {
  corpus: string;
  entries: number;
  queries: string[];
  /** Keystrokes whose results never showed (should be 0). */
  lost: number;
  /** Median animation frames from input to the frame with results. */
  framesP50: number;
  /** Input → start of the first frame after it (the typed character's echo), p50/p95. */
  firstFrame: { p50: number; p95: number };
}

/** Type each query into the search box one key at a time; one sample per keystroke. */
export async function keystrokes(browser: Browser, origin: string, corpus: string, index: StartupIndex, queries: string[]): Promise<KeystrokeResult> {
  // The oracle: what the list must show after each key (the same engine and index as the page).
  const engine = new SearchEngine(index.entries, index.companies, index.symptoms);
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(`${origin}/`);
  const input = page.locator('[data-testid=search-input]');
  await input.waitFor();
  const samples: KeySample[] = [];
  // One untimed query first: first use of the engine and of the result rows is not typing.
  await input.fill('warm up');
  await page.waitForTimeout(300);
  for (const q of queries) {
    await input.fill('');
    await page.waitForTimeout(300);
    await input.click();
    const baseline = (await page.locator('[data-testid=result-count]').textContent()) ?? '';
    await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__atlasBench;
      b.armed = true;
      b.keys = [];
    });
    for (let i = 0; i < q.length; i++) {
      const value = q.slice(0, i + 1);
      const expect: KeyExpectation = { value, ids: engine.search(value, {}, RESULT_PAGE).map((h) => h.id), baseline };
      await page.evaluate((e) => {
        (window as unknown as BenchWindow).__atlasBench.expect = e;
      }, expect);
      await page.keyboard.type(q[i] ?? '');
      await page.waitForFunction((n) => (window as unknown as BenchWindow).__atlasBench.keys.length >= n, i + 1, {
        timeout: 30_000,
        polling: 10,
      });
    }
    samples.push(
      ...(await page.evaluate(() => {
        const b = (window as unknown as BenchWindow).__atlasBench;
        b.armed = false;
        return b.keys.map((k) => ({ value: k.value, ms: k.ms, firstFrameMs: k.firstFrameMs, frames: k.frames }));
      })),
    );
  }
  await ctx.close();
  const ok = samples.filter((s) => s.ms >= 0);
  const frames = summarize(ok.map((s) => s.frames));
  return {
    corpus,
    entries: index.entries.length,
    queries,
    ...roundSummary(summarize(ok.map((s) => s.ms))),
    lost: samples.length - ok.length,
    framesP50: frames.p50,
    firstFrame: (({ p50, p95 }) => ({ p50, p95 }))(roundSummary(summarize(samples.map((s) => s.firstFrameMs)))),
  };
}
