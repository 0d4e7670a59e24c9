import type { Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The code an authenticator app would show, `aheadSteps` 30-second steps from now. */
function codeFor(secret: string, aheadSteps = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + aheadSteps * 30_000 });
}

/** At 390 px the screen scrolls only downwards. */
async function fitsAPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow, `${what} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `/tmp/holdspace-accounts-${what.replace(/\W+/g, '-')}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an admin turns on two-factor sign-in, signs out, and signs in again with a code', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = BROWSER_TEST_ACCOUNTS.accountsAdmin;
  await signIn(page, 'accountsAdmin');
  await main(page).getByRole('link', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Two-factor sign-in' })).toContainText('Off.');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await expect(qr).toBeVisible();
  // Drawn on our own server: a data URL, never a request to a QR service.
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = ((await page.locator('.secret-key').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);
  await fitsAPhone(page, 'enrolment');

  await page.getByLabel('Code from your app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByLabel('Code from your app')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Code from your app').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByRole('region', { name: 'Two-factor sign-in' })).toContainText('On.');
  await expect(page.getByRole('region', { name: 'Two-factor sign-in' })).toContainText('10 unused recovery codes');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out')).toBeVisible();
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(BROWSER_TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeFocused();
  // Nothing else opens in this half-signed-in state.
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  await expectNoAxeViolations(page);
  // The code used to turn it on is spent; the next step's code (within the drift window) is not.
  await page.getByLabel('Code from your authenticator app').fill(codeFor(secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(main(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(admin.displayName);
});

test('an admin sends a reset link and changes roles; the staff member uses the link from the outbox and changes their own password', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = BROWSER_TEST_ACCOUNTS.accountsStaff;
  await signIn(page, 'admin');
  await main(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: `Manage ${staff.displayName}` }).click();
  const panel = page.getByRole('region', { name: `Manage ${staff.displayName}` });
  await expect(panel.getByRole('heading', { name: `Manage ${staff.displayName}` })).toBeFocused();
  await expectNoAxeViolations(page);

  await panel.getByRole('checkbox', { name: /^Therapist/ }).check();
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(panel.getByText('Roles saved.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: staff.email })).toContainText('Therapist');

  await panel.getByRole('button', { name: 'Send a password-reset link' }).click();
  await expect(panel.getByText('the link is waiting in')).toBeVisible();
  await expectNoAxeViolations(page);
  await panel.getByRole('link', { name: 'the outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: staff.email }).first().getByRole('link').click();
  const mail = page.getByRole('article').filter({ hasText: `Hello ${staff.displayName}` });
  const link = await mail.getByRole('link', { name: /\/app\/reset-password#token=/ }).textContent();
  expect(link).toMatch(/^http.+\/app\/reset-password#token=\S+$/);
  await expect(mail).not.toContainText(BROWSER_TEST_PASSWORD);

  const fresh = await browser.newContext();
  const person = await fresh.newPage();
  await person.goto(link ?? '');
  await expect(person.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectNoAxeViolations(person);
  await person.getByLabel('New password').fill('herons wading at low tide');
  await person.getByRole('button', { name: 'Set new password' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Your new password is set' })).toBeVisible();
  await expectNoAxeViolations(person);
  await person.getByRole('link', { name: 'Sign in' }).click();
  await person.getByLabel('Email').fill(staff.email);
  await person.getByLabel('Password').fill('herons wading at low tide');
  await person.getByRole('button', { name: 'Sign in' }).click();
  await expect(main(person)).toBeVisible();
  // The new role applies: a therapist sees the request queue.
  await expect(main(person).getByRole('link', { name: /^Requests/ })).toBeVisible();

  // The link worked once.
  const again = await fresh.newPage();
  await again.goto(link ?? '');
  await expect(again.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();

  await main(person).getByRole('link', { name: 'Your account' }).click();
  const passwordCard = person.getByRole('region', { name: 'Change your password' });
  await passwordCard.getByLabel('Current password').fill('not my password at all');
  await passwordCard.getByLabel('New password').fill('owls over the cedar ridge');
  await passwordCard.getByRole('button', { name: 'Change password' }).click();
  await expect(passwordCard.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(person);
  await passwordCard.getByLabel('Current password').fill('herons wading at low tide');
  await passwordCard.getByLabel('New password').fill('owls over the cedar ridge');
  await passwordCard.getByRole('button', { name: 'Change password' }).click();
  await expect(passwordCard.getByText('Your password is changed.')).toBeVisible();
  await expectNoAxeViolations(person);
  await fitsAPhone(person, 'change-password');

  const nameCard = person.getByRole('region', { name: 'Your name' });
  await nameCard.getByLabel(/What to call you/).fill('Dr. Priya Prescriber');
  await nameCard.getByRole('button', { name: 'Save short name' }).click();
  await expect(nameCard.getByLabel(/What to call you/)).toHaveAccessibleDescription(/another member of staff/i);
  await nameCard.getByLabel(/What to call you/).fill('Sol');
  await nameCard.getByRole('button', { name: 'Save short name' }).click();
  await expect(nameCard.getByText('Saved.')).toBeVisible();
  await main(person).getByRole('link', { name: 'Dashboard' }).click();
  await expect(person.getByRole('heading', { level: 1 })).toHaveText(/, Sol$/);
  await fresh.close();
});
