import { expect, test } from './support/fixtures';

/** Issue #14, item 4: every text in every pre-rendered diagram meets WCAG AA contrast (4.5:1) on what it sits on. */
interface Row {
  path: string;
  minContrast: number;
  worst?: { text: string; fg: string; bg: string };
}

for (const theme of ['light', 'dark'] as const) {
  test(`text contrast ≥ 4.5:1 in every diagram (${theme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(`/__audit?w=900&h=530&phone=0&theme=${theme}`);
    await page.waitForFunction(() => window.__atlasAudit?.done === true, undefined, { timeout: 280_000, polling: 500 });
    const { rows, error } = (await page.evaluate(() => window.__atlasAudit)) as { rows: Row[]; error?: string };
    expect(error).toBeUndefined();
    expect(rows.length).toBeGreaterThan(100);
    const low = rows
      .filter((r) => r.minContrast < 4.5)
      .map((r) => `${r.path}: ${r.minContrast.toFixed(2)} — "${r.worst?.text}" ${r.worst?.fg} on ${r.worst?.bg}`);
    expect(low, `text below 4.5:1:\n${low.slice(0, 40).join('\n')}`).toEqual([]);
  });
}
