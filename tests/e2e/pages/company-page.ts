import { expect, type Locator, type Page } from '@playwright/test';
import { T } from '../support/test-ids';

export class CompanyPage {
  readonly root: Locator;
  readonly presentAll: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(T.companyView);
    this.presentAll = page.getByTestId(T.presentAll);
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/company/${id}`);
    await expect(this.root).toBeVisible();
  }

  kind(kind: string): Locator {
    return this.page.getByTestId(T.kind(kind));
  }
}
