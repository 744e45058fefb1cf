import { expect, test } from './support/fixtures';

/** Issue #16, item 3: "At 3 AM" as a checklist whose whole state is the link. */
for (const vp of [
  { name: 'desktop', viewport: { width: 1366, height: 768 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
]) {
  test.describe(vp.name, () => {
    test.use({ viewport: vp.viewport, hasTouch: vp.touch, isMobile: vp.touch, permissions: ['clipboard-read', 'clipboard-write'] });

    test('tick steps and add a note; the link carries them to another tab; copy as Markdown', async ({ page, diagram, context }) => {
      await diagram.goto('kafka-consumer-lag');
      await diagram.settled();
      const at3 = page.getByTestId('at-3am');
      await at3.getByTestId('checklist-toggle').click();
      const steps = at3.getByTestId('checklist-step');
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      await steps.nth(0).check();
      await steps.nth(2).check();
      await at3.getByTestId('checklist-note').nth(2).fill('lag back under 1k at 03:20');
      await at3.getByTestId('checklist-note').nth(2).press('Enter');
      await expect(at3.getByTestId('checklist-progress')).toContainText('2 of');
      await expect(page).toHaveURL((u) => (u.searchParams.get('ck') ?? '').length > 4);

      // Reload: nothing lost.
      await page.reload();
      await expect(page.getByTestId('at-3am').getByTestId('checklist-step').nth(0)).toBeChecked();

      // The handover: the same link in another tab shows the same progress and note.
      const link = page.url();
      const other = await context.newPage();
      await other.goto(link);
      const at3b = other.getByTestId('at-3am');
      await expect(at3b.getByTestId('checklist-step').nth(0)).toBeChecked();
      await expect(at3b.getByTestId('checklist-step').nth(1)).not.toBeChecked();
      await expect(at3b.getByTestId('checklist-step').nth(2)).toBeChecked();
      await expect(at3b.getByTestId('checklist-note').nth(2)).toHaveValue('lag back under 1k at 03:20');

      await at3b.getByTestId('checklist-copy-md').click();
      const md = await other.evaluate(() => navigator.clipboard.readText());
      expect(md).toMatch(/^### At 3 AM — Kafka/);
      expect(md).toMatch(/- \[x\] .*\(done \d\d:\d\d UTC\)/);
      expect(md).toMatch(/- \[ \] /);
      expect(md).toContain('note: lag back under 1k at 03:20');
      expect(md).toContain(`Progress link: ${link}`);
    });
  });
}
