import { expect, type Locator, type Page } from '@playwright/test';
import { T } from '../support/test-ids';

export type FacetKey = 'category' | 'company' | 'plane' | 'symptom';

export class HomePage {
  readonly search: Locator;
  readonly results: Locator;
  readonly result: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId(T.searchInput);
    this.results = page.getByTestId(T.results);
    this.result = page.getByTestId(T.result);
    this.count = page.getByTestId(T.resultCount);
  }

  async goto(params: Record<string, string> = {}): Promise<void> {
    const qs = new URLSearchParams(params).toString();
    await this.page.goto(qs ? `/?${qs}` : '/');
    await expect(this.search).toBeVisible();
  }

  /** Type like a person (one key at a time), then wait for the list to reflect the query. */
  async type(query: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(query);
    await expect(this.page).toHaveURL((u) => u.searchParams.get('q') === query);
  }

  facet(key: FacetKey): Locator {
    return this.page.getByTestId(`facet-${key}`);
  }

  async resultIds(): Promise<string[]> {
    return this.result.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }

  /** The result row whose option is aria-selected (the option is the row itself or the link in it). */
  selected(): Locator {
    return this.page.locator(`[data-testid="${T.result}"]:is([aria-selected="true"], :has([aria-selected="true"]))`);
  }
}
