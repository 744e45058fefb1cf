import { payload } from './support/content';
import { expect, test } from './support/fixtures';
import { FOCUS_CLASS, HIGHLIGHT_CLASS } from './support/test-ids';

test('?node= focuses that node: marked, highlighted and zoomed into the visible canvas', async ({ diagram }) => {
  const p = payload('netflix-architecture');
  // The last node is the one least likely to be in view at the default fit.
  const node = p.nodes.at(-1);
  expect(node, 'netflix-architecture has nodes').toBeTruthy();
  await diagram.goto('netflix-architecture', { node: node?.id ?? '' });

  const focused = diagram.svgHost.locator(`.${FOCUS_CLASS}`);
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveClass(new RegExp(HIGHLIGHT_CLASS));
  expect(await focused.getAttribute('id')).toMatch(new RegExp(`flowchart-${node?.id}-\\d+$`));
  await expect(focused).toContainText(node?.label.slice(0, 12) ?? '');

  await expect.poll(() => diagram.scale()).toBeCloseTo(1.4, 1);
  await diagram.settled();
  const canvas = await diagram.canvas.boundingBox();
  const box = await focused.boundingBox();
  expect(canvas && box).toBeTruthy();
  if (canvas && box) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    expect(cx).toBeGreaterThan(canvas.x);
    expect(cx).toBeLessThan(canvas.x + canvas.width);
    expect(cy).toBeGreaterThan(canvas.y);
    expect(cy).toBeLessThan(canvas.y + canvas.height);
  }
});

test('query words highlight the nodes whose labels contain them', async ({ diagram }) => {
  const p = payload('kafka-consumer-lag');
  const expected = p.nodes.filter((n) => n.label.toLowerCase().includes('partition')).map((n) => n.id);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(p.nodes.length);

  await diagram.goto('kafka-consumer-lag', { q: 'partition' });
  const marked = diagram.svgHost.locator(`.${HIGHLIGHT_CLASS}`);
  await expect(marked).toHaveCount(expected.length);
  const ids = await marked.evaluateAll((els) => els.map((e) => e.id));
  for (const id of expected)
    expect(
      ids.some((x) => new RegExp(`flowchart-${id}-\\d+$`).test(x)),
      `node ${id} highlighted`,
    ).toBe(true);
  await expect(diagram.svgHost.locator(`.${FOCUS_CLASS}`)).toHaveCount(0);
});
