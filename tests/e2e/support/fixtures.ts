import { test as base, expect } from '@playwright/test';
import { CompanyPage } from '../pages/company-page';
import { DiagramPage } from '../pages/diagram-page';
import { HomePage } from '../pages/home-page';
import { IncidentsPage } from '../pages/incidents-page';
import { StatusPage } from '../pages/status-page';

// Playwright calls the fixture callback `use`; named `provide` here so the React hooks lint rule does not mistake it for React's use().
interface Pages {
  home: HomePage;
  diagram: DiagramPage;
  incidents: IncidentsPage;
  status: StatusPage;
  company: CompanyPage;
  /** Uncaught exceptions in the page; every test fails if one happened. */
  pageErrors: string[];
}

export const test = base.extend<Pages>({
  home: async ({ page }, provide) => provide(new HomePage(page)),
  diagram: async ({ page }, provide) => provide(new DiagramPage(page)),
  incidents: async ({ page }, provide) => provide(new IncidentsPage(page)),
  status: async ({ page }, provide) => provide(new StatusPage(page)),
  company: async ({ page }, provide) => provide(new CompanyPage(page)),
  pageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
      await provide(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
