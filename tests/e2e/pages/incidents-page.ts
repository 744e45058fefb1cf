import { expect, type Locator, type Page } from '@playwright/test';
import { T } from '../support/test-ids';

export class IncidentsPage {
  readonly root: Locator;
  readonly filter: Locator;
  readonly list: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(T.incidentIndex);
    this.filter = page.getByTestId(T.symptomFilter);
    this.list = page.getByTestId(T.symptomList);
    this.results = page.getByTestId(T.symptomResults);
  }

  async goto(sym?: string): Promise<void> {
    await this.page.goto(sym ? `/incidents?sym=${sym}` : '/incidents');
    await expect(this.root).toBeVisible();
  }

  symptom(id: string): Locator {
    return this.page.getByTestId(T.symptom(id));
  }

  /** Every symptom button shown, by id. */
  async shownSymptoms(): Promise<string[]> {
    return this.list
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^symptom-/, '')));
  }
}
