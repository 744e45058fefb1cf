import { contentIndex } from './support/content';
import { expect, test } from './support/fixtures';
import { T } from './support/test-ids';

test('picking a symptom lists its debugging guides and incidents, newest first', async ({ page, incidents, diagram }) => {
  const index = contentIndex();
  const relevant = index.entries.filter((e) => e.category === 'incidents' || e.category === 'debugging');
  // A symptom that has both a guide and incidents, so both lists are exercised.
  const pick = index.symptoms
    .map((s) => ({
      s,
      guides: relevant.filter((e) => e.category === 'debugging' && e.symptoms.includes(s.id)),
      incidents: relevant.filter((e) => e.category === 'incidents' && e.symptoms.includes(s.id)),
    }))
    .filter((x) => x.guides.length > 0 && x.incidents.length > 0)
    .sort((a, b) => b.incidents.length - a.incidents.length)[0];
  expect(pick, 'some symptom has both guides and incidents').toBeTruthy();
  if (!pick) return;

  await incidents.goto();
  await incidents.symptom(pick.s.id).click();
  await expect(page).toHaveURL((u) => u.searchParams.get('sym') === pick.s.id);
  await expect(incidents.symptom(pick.s.id)).toHaveAttribute('aria-pressed', 'true');
  const results = incidents.results;
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(pick.s.label);
  await expect(results.getByRole('heading', { name: `Debugging guides (${pick.guides.length})` })).toBeVisible();
  await expect(results.getByRole('heading', { name: `Incidents (${pick.incidents.length})` })).toBeVisible();
  for (const e of [...pick.guides, ...pick.incidents])
    await expect(results.getByRole('link', { name: e.title, exact: true })).toBeVisible();

  const newest = [...pick.incidents].sort((a, b) => (b.incident?.date ?? '').localeCompare(a.incident?.date ?? ''))[0];
  const incidentLinks = results.locator('h3:has-text("Incidents") + ul a');
  await expect(incidentLinks.first()).toHaveText(newest?.title ?? '');
  await incidentLinks.first().click();
  await diagram.waitForSvg(newest?.id);
});

test('the symptom filter matches synonyms: “nxdomain” finds the DNS symptom', async ({ incidents }) => {
  const index = contentIndex();
  const dns = index.symptoms.filter((s) => s.synonyms.some((x) => x.toLowerCase().includes('nxdomain')));
  expect(dns.length).toBeGreaterThan(0);
  await incidents.goto();
  const all = await incidents.shownSymptoms();
  expect(all).toHaveLength(index.symptoms.length);

  await incidents.filter.fill('nxdomain');
  await expect.poll(() => incidents.shownSymptoms()).toEqual(dns.map((s) => s.id));
  for (const s of dns) {
    // The label need not say "nxdomain": the match came from a synonym.
    await expect(incidents.symptom(s.id)).toContainText(s.label);
  }
});

test('incidents are grouped by year and by kind', async ({ page, incidents }) => {
  const index = contentIndex();
  const years = new Set(index.entries.filter((e) => e.category === 'incidents').map((e) => e.incident?.date.slice(0, 4)));
  await incidents.goto();
  await expect(page.getByTestId(T.byYear).locator('summary')).toHaveCount(years.size);
  await expect(page.getByTestId(T.byKind).locator('summary').first()).toBeVisible();
});
