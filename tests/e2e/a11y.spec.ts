import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

/** Serious and critical WCAG 2.1 A/AA violations, one readable line per offending element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
}

const busiestSymptom = (): string => {
  const index = contentIndex();
  const count = (id: string) => index.entries.filter((e) => e.symptoms.includes(id)).length;
  return [...index.symptoms].sort((a, b) => count(b.id) - count(a.id))[0]?.id ?? '';
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    // The app follows the system preference until the user chooses.
    test.use({ colorScheme: scheme });

    const ready = async (page: Page) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    };

    test(`home with results has no serious a11y violations (${scheme})`, async ({ page, home }) => {
      await home.goto({ q: 'kafka' });
      await expect(home.result.first()).toBeVisible();
      await ready(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`diagram page has no serious a11y violations (${scheme})`, async ({ page, diagram }) => {
      await diagram.goto('kafka-consumer-lag', { q: 'partition' });
      await expect(diagram.svgHost).toHaveAttribute('data-theme', scheme);
      await expect(page.getByTestId(T.at3am)).toBeVisible();
      await ready(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`incidents with a symptom selected has no serious a11y violations (${scheme})`, async ({ page, incidents }) => {
      await incidents.goto(busiestSymptom());
      await expect(incidents.results.getByRole('heading', { level: 3 }).first()).toBeVisible();
      await ready(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`status has no serious a11y violations (${scheme})`, async ({ page, status }) => {
      await status.goto();
      await ready(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
