import { expect, test } from './support/fixtures';

// `npm run build` pre-renders every diagram (scripts/prerender-svgs.ts); a diagram page then
// needs no mermaid at all. A source that was not pre-rendered still renders, through mermaid.
test('a pre-rendered diagram opens without loading mermaid', async ({ page, diagram }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await diagram.goto('kafka-consumer-lag');
  await expect(diagram.svg).toBeVisible();
  expect(requests.some((p) => /^\/content\/svg\/[0-9a-f]{16}\.light\.svg$/.test(p))).toBe(true);
  expect(requests.filter((p) => /mermaid\.core|mermaid-parser/.test(p))).toEqual([]);
});

test('a diagram whose source has no pre-rendered SVG is rendered by mermaid in the page', async ({ page, diagram }) => {
  await page.route('**/content/d/kafka-consumer-lag.json', async (route) => {
    const res = await route.fetch();
    const payload = (await res.json()) as { source: string };
    await route.fulfill({ response: res, json: { ...payload, source: `${payload.source}\n  EXTRA[An edited node]` } });
  });
  const mermaidLoaded = page.waitForRequest((r) => /mermaid\.core/.test(r.url()));
  await diagram.goto('kafka-consumer-lag');
  await mermaidLoaded;
  await expect(diagram.svg).toBeVisible();
  await expect(diagram.svgHost).toContainText('An edited node');
});
