import { type APIRequestContext, expect, type Locator, type Page, request } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD, type BrowserTestAccount } from '../../src/server/seed/browser-test-accounts.js';
import { uniqueName } from './fixtures.js';

export const chartSections = (page: Page): Locator => page.getByRole('navigation', { name: 'Chart sections' });

/** A question of a questionnaire: its fieldset, named by its legend ("9. Thoughts that …"). */
export const question = (scope: Page | Locator, n: number): Locator => scope.getByRole('group', { name: new RegExp(`^${n}\\. `) });

export async function openSection(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await chartSections(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

async function staffApi(baseURL: string, who: BrowserTestAccount): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/sign-in', {
    data: { email: BROWSER_TEST_ACCOUNTS[who].email, password: BROWSER_TEST_PASSWORD },
  });
  expect(response.ok(), `sign in as ${who}`).toBe(true);
  return api;
}

export interface SeededClient {
  id: string;
  legalName: string;
  preferredName: string;
}

/**
 * Setup for the tests that do not exercise opening a chart: a client on the seeded therapist's team with
 * the seeded prescriber and co-facilitator, made through the API as the therapist would.
 */
export async function clientWithWholeTeam(baseURL: string, preferredName: string): Promise<SeededClient> {
  const legalName = uniqueName(`${preferredName} Lindgren`);
  const therapist = await staffApi(baseURL, 'therapist');
  try {
    const me = (await (await therapist.get('/api/auth/me')).json()) as { user: { id: string } };
    const { staff } = (await (await therapist.get('/api/staff-directory')).json()) as { staff: { id: string; displayName: string }[] };
    const idOf = (who: BrowserTestAccount) => staff.find((person) => person.displayName === BROWSER_TEST_ACCOUNTS[who].displayName)?.id;
    const created = await therapist.post('/api/clients', {
      data: { legalName, preferredName, dateOfBirth: '1984-06-12', therapistId: me.user.id, prescriberId: idOf('prescriber') },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const { id } = (await created.json()) as { id: string };
    const team = await therapist.put(`/api/clients/${id}/care-team`, {
      data: { therapistId: me.user.id, prescriberId: idOf('prescriber'), coFacilitatorIds: [idOf('coFacilitator')] },
    });
    expect(team.ok(), await team.text()).toBe(true);
    return { id, legalName, preferredName };
  } finally {
    await therapist.dispose();
  }
}
