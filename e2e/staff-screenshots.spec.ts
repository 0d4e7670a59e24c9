import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test, uniqueName } from './support/fixtures.js';

/**
 * Not a test: refreshes screenshots/ (gitignored) of every staff screen so they can be looked at.
 * Run with SCREENSHOTS=1 npx playwright test e2e/staff-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to refresh the staff screenshots.');

const DIR = 'screenshots';
const WIDE = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/staff-${name}.png`, fullPage: true });
}

async function submitRequest(page: Page, name: string, reason: string) {
  const response = await page.request.post('/api/enquiries', {
    data: {
      name,
      email: 'person@example.org',
      preferredContact: 'email',
      reason,
      preferredTimes: 'Weekday mornings',
      heardAbout: 'A friend',
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
}

async function asUser(browser: Browser, who: 'therapist' | 'admin', viewport = WIDE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

test('staff screens at desktop and phone width', async ({ browser }) => {
  test.setTimeout(120_000);
  const anon = await browser.newPage({ viewport: WIDE });
  await submitRequest(
    anon,
    uniqueName('Maya Okafor'),
    'I have been in talk therapy for years for depression that never quite lifts.\n\nI am nervous about the experience itself, to be honest.',
  );
  await submitRequest(anon, uniqueName('Daniel Reyes'), 'PTSD after a car accident two years ago. EMDR helped somewhat.');
  await anon.goto('/app/sign-in');
  await shot(anon, 'sign-in-1280');
  await anon.getByLabel('Email').fill('nobody@example.org');
  await anon.getByLabel('Password').fill('not the password at all');
  await anon.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    anon
      .getByText('don’t match an account', { exact: false })
      .or(anon.getByText("don't match an account", { exact: false }))
      .first(),
  ).toBeVisible();
  await shot(anon, 'sign-in-error-1280');
  await anon.route('**/api/setup', (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ json: { needsSetup: true, practiceName: 'Stillwater Integrative Therapy' } })
      : route.continue(),
  );
  await anon.goto('/app/setup#token=example-token-for-a-screenshot');
  await shot(anon, 'setup-1280');
  await anon.unroute('**/api/setup');
  await anon.goto('/app/invite#token=this-link-was-never-issued');
  await shot(anon, 'invite-unusable-1280');
  await anon.setViewportSize(PHONE);
  await anon.goto('/app/sign-in');
  await shot(anon, 'sign-in-390');

  const therapist = await asUser(browser, 'therapist');
  const t = therapist.page;
  await shot(t, 'dashboard-therapist-1280');
  await t.goto('/app/requests');
  await shot(t, 'requests-1280');
  await t
    .getByRole('link', { name: /Maya Okafor/ })
    .first()
    .click();
  await t.getByLabel('Add a note').fill('Left a voicemail; will try again Thursday morning.');
  await t.getByRole('button', { name: 'Add note' }).click();
  await expect(t.getByText('Note added.')).toBeVisible();
  await t.getByRole('radio', { name: 'Contacted' }).check();
  await t.getByRole('button', { name: 'Change status' }).click();
  await expect(t.getByText('Status changed to Contacted.')).toBeVisible();
  await shot(t, 'request-detail-1280');
  await t.getByLabel('Theme').selectOption('dark');
  await shot(t, 'request-detail-dark-1280');
  await t.getByLabel('Theme').selectOption('light');
  await t.getByRole('radio', { name: 'Declined' }).check();
  await t.getByRole('button', { name: 'Change status' }).click();
  await expect(t.getByText('Please say why', { exact: false }).first()).toBeVisible();
  await shot(t, 'request-decline-error-1280');
  await t.goto('/app/requests/not-a-request');
  await shot(t, 'not-found-1280');
  await t.route('**/api/enquiries?*', (route) => route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'x' } } }));
  await t.goto('/app/requests?status=all');
  await expect(t.getByText('Something went wrong')).toBeVisible({ timeout: 15_000 });
  await shot(t, 'api-error-1280');
  await therapist.context.close();

  const phone = await asUser(browser, 'therapist', PHONE);
  await shot(phone.page, 'dashboard-390');
  await phone.page.goto('/app/requests');
  await shot(phone.page, 'requests-390');
  await phone.page
    .getByRole('link', { name: /Maya Okafor/ })
    .first()
    .click();
  await shot(phone.page, 'request-detail-390');
  await phone.context.close();

  const admin = await asUser(browser, 'admin');
  const a = admin.page;
  await shot(a, 'dashboard-admin-1280');
  await a.goto('/app/staff');
  await a.getByLabel('Email').fill(`${uniqueName('river').replace(/\W+/g, '.')}@example.org`);
  await a.getByLabel('Name', { exact: true }).fill('River Osei');
  await a.getByRole('checkbox', { name: /Therapist/ }).check();
  await a.getByRole('button', { name: 'Send invitation' }).click();
  await expect(a.getByText('Invitation created for River Osei')).toBeVisible();
  await shot(a, 'staff-1280');
  await a.getByRole('button', { name: 'Deactivate Cole Co-facilitator' }).click();
  await a.getByRole('button', { name: 'Deactivate Cole Co-facilitator' }).focus();
  await a.screenshot({ path: `${DIR}/staff-staff-confirm-1280.png` });
  await a.getByRole('button', { name: 'Cancel' }).click();
  await a.keyboard.press('Tab');
  await a.goto('/app/');
  await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
  await a.keyboard.press('Tab');
  await expect(a.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await a.screenshot({ path: `${DIR}/staff-skip-link-1280.png` });
  await a.keyboard.press('Tab');
  await a.keyboard.press('Tab');
  await a.keyboard.press('Tab');
  await a.keyboard.press('Tab');
  await a.screenshot({ path: `${DIR}/staff-focus-1280.png` });
  await a.goto('/app/outbox');
  await shot(a, 'outbox-1280');
  const link = await a.locator('.mail-link').first().textContent();
  await a.goto('/app/practice');
  await shot(a, 'practice-settings-1280');
  await a.goto('/app/pages');
  await shot(a, 'public-pages-1280');
  await a
    .getByRole('link', { name: /What KAP is/ })
    .first()
    .click();
  await shot(a, 'page-editor-1280');
  await a.getByRole('tab', { name: 'Preview' }).click();
  await shot(a, 'page-editor-preview-1280');
  await a.goto('/app/audit');
  await a.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(a.getByText(/Intact: [\d,]+ rows checked/)).toBeVisible();
  await shot(a, 'audit-log-1280');
  await admin.context.close();

  const fresh = await browser.newContext({ viewport: WIDE });
  const invitee = await fresh.newPage();
  await invitee.goto(link ?? '/app/invite');
  await shot(invitee, 'invite-1280');
  await fresh.close();
});
