import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';
import { staffApi } from './support/portal-client.js';

const PHQ9_ITEM9 = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1 };

/** A client the seeded therapist is not caring for (prescriber only), with an open safety flag. */
async function flaggedClientOffTheTherapistsTeam(baseURL: string) {
  const preferredName = uniqueName('Sage');
  const therapist = await staffApi(baseURL, 'therapist');
  const prescriber = await staffApi(baseURL, 'prescriber');
  try {
    const me = (await (await therapist.get('/api/auth/me')).json()) as { user: { id: string } };
    const { staff } = (await (await therapist.get('/api/staff-directory')).json()) as { staff: { id: string; displayName: string }[] };
    const prescriberId = staff.find((p) => p.displayName === BROWSER_TEST_ACCOUNTS.prescriber.displayName)?.id;
    const created = await therapist.post('/api/clients', {
      data: { legalName: `${preferredName} Okafor`, preferredName, therapistId: me.user.id, prescriberId },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const { id } = (await created.json()) as { id: string };
    const team = await therapist.put(`/api/clients/${id}/care-team`, { data: { therapistId: null, prescriberId, coFacilitatorIds: [] } });
    expect(team.ok(), await team.text()).toBe(true);
    const flagged = await prescriber.post(`/api/clients/${id}/measure-responses`, { data: { instrumentId: 'PHQ-9', answers: PHQ9_ITEM9 } });
    expect(flagged.ok(), await flagged.text()).toBe(true);
    return { id, preferredName };
  } finally {
    await therapist.dispose();
    await prescriber.dispose();
  }
}

test('a therapist covering opens a flagged chart outside their team by coverage, with a reason and their password', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const client = await flaggedClientOffTheTherapistsTeam(baseURL ?? '');
  await signIn(page, 'therapist');

  // The dashboard offers the open flag elsewhere in the practice, by client name only.
  const offers = page.getByRole('region', { name: 'Open safety flags elsewhere in the practice' });
  await expect(offers).toBeVisible();
  await expectNoAxeViolations(page);
  await offers.getByRole('link', { name: client.preferredName }).click();

  // The chart is not open to them: the page says only "not found", and offers coverage.
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const offer = page.getByRole('button', { name: 'Open this chart for coverage' });
  await offer.focus();
  await page.keyboard.press('Enter');
  const reason = page.getByLabel('Reason');
  await expect(reason).toBeVisible();

  // Without a reason and with a wrong password: a summary that names both, and the chart stays closed.
  await page.getByLabel('Your password').fill('not my password');
  await page.getByRole('button', { name: 'Open the chart' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Reason');
  await expectNoAxeViolations(page);

  await reason.fill('Covering the on-call phone tonight while the prescriber is away.');
  await page.getByLabel('Your password').fill('not my password');
  await page.getByRole('button', { name: 'Open the chart' }).click();
  await expect(page.locator('.error-summary')).toContainText('Your password');

  await page.getByLabel('Your password').fill(BROWSER_TEST_PASSWORD);
  await page.getByRole('button', { name: 'Open the chart' }).click();

  // The chart opens, with a banner saying it is open for coverage and until when.
  const banner = page.locator('.notice').filter({ hasText: 'Open for coverage' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('It closes to you at');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(client.preferredName);
  await expectNoAxeViolations(page);

  // Done early: the chart closes again.
  await banner.getByRole('button', { name: /close the chart/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
