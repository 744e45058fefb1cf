import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { DIST } from './support/env';
import { startNginx, type Nginx } from './support/nginx';
import { T } from './support/test-ids';

/**
 * Issue #19, item 3: a redeploy reaches a tab that is already open. Deploy A is the suite's build; deploy B
 * is built from a copy of the content with one entry changed and one added. nginx serves a folder that is
 * switched from A to B while the tab is open; the tab offers a reload, and after it both changes show.
 */
const CHANGED = 'kafka-consumer-lag';
const ADDED = 'zz-update-test-added-entry';
const OUT_B = 'dist-update-b';
let work = '';
let nginx: Nginx;

// One server (and one build) per file: keep its tests in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = await mkdtemp(join(tmpdir(), 'atlas-update-'));
  const data = join(work, 'data');
  await cp('data', data, { recursive: true });
  const file = join(data, 'entries', 'debugging', `${CHANGED}.md`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^title: .*$/m, 'title: "Kafka consumer lag is growing (updated in deploy B)"'));
  await writeFile(
    join(data, 'entries', 'debugging', `${ADDED}.md`),
    text
      .replace(/^id: .*$/m, `id: ${ADDED}`)
      .replace(/^title: .*$/m, 'title: "Deploy B only: an entry added by the update test"')
      .replace(/^related: .*$/m, 'related: []'),
  );
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--data', data, '--out', OUT_B], { stdio: 'inherit' });
  expect(r.status, 'deploy B build failed').toBe(0);
  // The site folder nginx serves: a symlink, switched atomically from A to B.
  await symlink(resolve(DIST), join(work, 'site'));
  nginx = await startNginx(join(work, 'site'));
});

test.afterAll(async () => {
  await nginx?.stop();
  await rm(work, { recursive: true, force: true });
});

test.use({ serviceWorkers: 'allow' });

test('an open tab learns of a new deploy, offers a reload, and then shows the changed and the added entry; nothing 404s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const missing: string[] = [];
  page.on('response', (res) => res.status() === 404 && missing.push(res.url()));
  await page.goto(`${nginx.origin}/?q=kafka consumer lag`);
  await expect(page.getByTestId(T.result).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await expect(page.getByTestId('update-banner')).toBeHidden();

  // Redeploy: the served folder now holds build B.
  const next = join(work, 'site.next');
  await symlink(resolve(OUT_B), next);
  await rename(next, join(work, 'site'));

  // The tab checks for a new deploy on focus, online and on a timer; trigger that same check now.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('update-banner')).toContainText('New diagrams available');

  await page.getByTestId('update-reload').click();
  await page.waitForLoadState('load');
  await page.goto(`${nginx.origin}/?q=deploy B`);
  await expect(page.getByTestId(T.result).filter({ hasText: 'updated in deploy B' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId(T.result).filter({ hasText: 'Deploy B only' })).toBeVisible();
  await page.getByTestId(T.result).filter({ hasText: 'Deploy B only' }).click();
  await expect(page.getByTestId(T.viewer).getByTestId(T.diagramSvg).locator('svg')).toBeVisible({ timeout: 20_000 });
  expect(missing).toEqual([]);
});
