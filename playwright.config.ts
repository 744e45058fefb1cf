import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { DIST, PORT } from './tests/e2e/support/env';

/**
 * End-to-end tests against the production build. `vite preview` only serves dist/, so run
 * `npm run build` first (the CI script .ci/run does): `npm run build && npm run test:e2e`.
 *
 * The browser is the system Chromium (CI installs it with `apt-get install -y chromium`);
 * set PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 and never run `npx playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores on CI: two workers, spreading single tests (not just files) across both.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    // page.route cannot see requests a service worker answers; only the offline spec opts back in.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: true,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
