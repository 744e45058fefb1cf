import { SYSTEM_KINDS } from '../../src/content-schema/taxonomy';
import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

/** Netflix's system diagrams in presentation order (the order of SYSTEM_KINDS). */
const netflixSystems = (): string[] =>
  contentIndex()
    .entries.filter((e) => e.company === 'netflix' && e.category === 'systems')
    .sort((a, b) => SYSTEM_KINDS.indexOf(a.kind ?? 'architecture') - SYSTEM_KINDS.indexOf(b.kind ?? 'architecture'))
    .map((e) => e.id);

test('f presents fullscreen, → steps to the next Netflix kind, Esc leaves', async ({ page, diagram }) => {
  const ids = netflixSystems();
  expect(ids[0]).toBe('netflix-architecture');
  expect(ids.length).toBeGreaterThan(1);

  await diagram.goto('netflix-architecture');
  await page.keyboard.press('f');
  await expect(page).toHaveURL(
    (u) => u.searchParams.get('fs') === 'true' && u.searchParams.get('seq') === 'company' && u.searchParams.get('step') === '0',
  );
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  await expect(page.getByTestId(T.sequencePosition)).toContainText(`1 / ${ids.length}`);
  // The overlay covers the viewport.
  const box = await diagram.viewer.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(1270);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(
    (u) => u.pathname === `/d/${ids[1]}` && u.searchParams.get('step') === '1' && u.searchParams.get('fs') === 'true',
  );
  await diagram.waitForSvg(ids[1]);
  await expect(page.getByTestId(T.sequencePosition)).toContainText(`2 / ${ids.length}`);

  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL((u) => u.pathname === '/d/netflix-architecture' && u.searchParams.get('step') === '0');
  await page.keyboard.press('ArrowLeft');
  // Wraps around to the last kind.
  await expect(page).toHaveURL((u) => u.pathname === `/d/${ids.at(-1)}` && u.searchParams.get('step') === String(ids.length - 1));
  await diagram.waitForSvg(ids.at(-1));

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((u) => !u.searchParams.has('fs'));
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'false');
  await expect(page.getByTestId(T.sequencePosition)).toHaveCount(0);
});

test('in fullscreen a plain wheel zooms (inline it scrolls)', async ({ page, diagram }) => {
  await diagram.goto('netflix-architecture', { fs: 'true' });
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  const start = (await diagram.settled()).scale;
  const c = await diagram.canvasCentre();
  await page.mouse.move(c.x, c.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => diagram.scale()).toBeGreaterThan(start);
});

test('“Present all” on the Netflix page starts the company sequence at its first diagram', async ({ page, company, diagram }) => {
  const ids = netflixSystems();
  await company.goto('netflix');
  for (const kind of SYSTEM_KINDS) await expect(company.kind(kind)).toBeVisible();
  await expect(company.presentAll).toHaveText(`Present all (${ids.length} of 8)`);
  await company.presentAll.click();
  await expect(page).toHaveURL(
    (u) =>
      u.pathname === `/d/${ids[0]}` &&
      u.searchParams.get('fs') === 'true' &&
      u.searchParams.get('seq') === 'company' &&
      u.searchParams.get('step') === '0',
  );
  await diagram.waitForSvg(ids[0]);
  await expect(diagram.viewer).toHaveAttribute('data-fullscreen', 'true');
  await page.keyboard.press('ArrowRight');
  await diagram.waitForSvg(ids[1]);
});
