import { type APIRequestContext, type Browser, expect, type Page, request } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD, type BrowserTestAccount } from '../../src/server/seed/browser-test-accounts.js';
import { expectNoAxeViolations, uniqueName } from './fixtures.js';

export const PHONE = { width: 390, height: 844 };

type Instrument = 'PHQ-9' | 'GAD-7' | 'ASQ' | 'PCL-5' | 'MAIA-2';

export interface PortalClient {
  /** The client's legal name: unique, so the staff side can find exactly this client's flag. */
  name: string;
  preferredName: string;
  email: string;
  /** The one-time link from the invitation mail. */
  inviteLink: string;
  password: string;
}

/** An API session for one of the seeded staff, as the sign-in page would start it. */
export async function staffApi(baseURL: string, who: BrowserTestAccount): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/sign-in', {
    data: { email: BROWSER_TEST_ACCOUNTS[who].email, password: BROWSER_TEST_PASSWORD },
  });
  expect(response.ok(), `sign in as ${who}`).toBe(true);
  return api;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A new client on the seeded therapist's and prescriber's care team, with the given questionnaires
 * assigned and a portal invitation sent; the invitation link is read from the outbox as the admin.
 */
export async function preparePortalClient(baseURL: string, instruments: Instrument[], preferredName = 'Robin'): Promise<PortalClient> {
  const name = uniqueName(`${preferredName} Ashby`);
  const suffix = name.split(' ').at(-1) ?? String(Date.now());
  const email = `${preferredName.toLowerCase()}.${suffix}@example.org`;
  const therapist = await staffApi(baseURL, 'therapist');
  const admin = await staffApi(baseURL, 'admin');
  try {
    const me = await json<{ user: { id: string } }>(await therapist.get('/api/auth/me'), 'who am I');
    const { staff } = await json<{ staff: { id: string; displayName: string }[] }>(await therapist.get('/api/staff-directory'), 'staff');
    const prescriber = staff.find((person) => person.displayName === BROWSER_TEST_ACCOUNTS.prescriber.displayName);
    expect(prescriber, 'the seeded prescriber').toBeDefined();
    const client = await json<{ id: string }>(
      await therapist.post('/api/clients', {
        data: { legalName: name, preferredName, email, therapistId: me.user.id, prescriberId: prescriber?.id },
      }),
      'create client',
    );
    for (const instrumentId of instruments) {
      await json(
        await therapist.post(`/api/clients/${client.id}/measure-assignments`, { data: { instrumentId, context: 'consultation' } }),
        instrumentId,
      );
    }
    await json(await therapist.post(`/api/clients/${client.id}/portal-invitation`), 'invite to the portal');
    const outbox = await json<{ mail: { to: string; text: string }[] }>(await admin.get('/api/outbox'), 'outbox');
    const mail = outbox.mail.find((m) => m.to === email);
    const inviteLink = /https?:\/\/\S+\/app\/invite#token=\S+/.exec(mail?.text ?? '')?.[0];
    expect(inviteLink, `an invitation mail to ${email}`).toBeDefined();
    return { name, preferredName, email, inviteLink: inviteLink ?? '', password: `soft lantern ${suffix} meadow` };
  } finally {
    await therapist.dispose();
    await admin.dispose();
  }
}

/** Opens the invitation link in a fresh browser, chooses a password, and lands on the portal home. */
export async function acceptInvitation(
  browser: Browser,
  client: PortalClient,
  viewport: { width: number; height: number },
  onWelcome?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: viewport.width < 600 });
  const page = await context.newPage();
  await page.goto(client.inviteLink);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${client.preferredName}` })).toBeVisible();
  await expect(page.getByText('Choose a password for your private space at Stillwater Integrative Therapy.')).toBeVisible();
  await expectNoAxeViolations(page);
  await onWelcome?.(page);
  await page.getByLabel('Choose a password').fill(client.password);
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page).toHaveURL(/\/app\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${client.preferredName}` })).toBeVisible();
  return page;
}
