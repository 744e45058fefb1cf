import { expect, type Locator, type Page } from '@playwright/test';
import { T } from '../support/test-ids';

export class StatusPage {
  readonly root: Locator;
  readonly matrix: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(T.statusView);
    this.matrix = page.getByTestId(T.systemsMatrix);
  }

  async goto(): Promise<void> {
    await this.page.goto('/status');
    await expect(this.root).toBeVisible();
  }

  coverage(category: string): Locator {
    return this.page.getByTestId(T.coverage(category));
  }

  gate(gate: string): Locator {
    return this.page.getByTestId(T.gate(gate));
  }
}
