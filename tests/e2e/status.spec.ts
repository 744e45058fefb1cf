import { CATEGORY_TARGETS, GATES, SYSTEM_KINDS } from '../../src/content-schema/taxonomy';
import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';

test('status shows coverage per category, the quality gates and the systems matrix', async ({ status }) => {
  const index = contentIndex();
  await status.goto();
  await expect(status.root).toContainText(`${index.entries.length} entries`);

  for (const [category, target] of Object.entries(CATEGORY_TARGETS)) {
    const n = index.entries.filter((e) => e.category === category).length;
    const row = status.coverage(category);
    await expect(row.locator('td').nth(0)).toHaveText(String(n));
    await expect(row.locator('td').nth(1)).toHaveText(String(target));
    await expect(row.locator('progress')).toHaveAttribute('value', String(Math.min(n, target)));
  }
  for (const gate of GATES) {
    await expect(status.gate(gate).locator('td').nth(0)).toHaveText(String(index.gates[gate].pass));
    await expect(status.gate(gate).locator('td').nth(1)).toHaveText(String(index.gates[gate].fail));
  }

  await expect(status.matrix.locator('tbody tr')).toHaveCount(index.companies.length);
  const netflixKinds = new Set(index.entries.filter((e) => e.company === 'netflix' && e.category === 'systems').map((e) => e.kind));
  const netflixRow = status.matrix.locator('tbody tr', { has: status.page.getByRole('link', { name: 'Netflix', exact: true }) });
  for (const kind of SYSTEM_KINDS) {
    await expect(netflixRow.getByLabel(`Netflix ${kind}: ${netflixKinds.has(kind) ? 'written' : 'missing'}`)).toBeVisible();
  }
  const written = index.entries.filter((e) => e.category === 'systems' && e.company && e.kind).length;
  await expect(status.matrix.locator('td.yes')).toHaveCount(written);
});
