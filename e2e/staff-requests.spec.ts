import type { APIRequestContext, Page } from '@playwright/test';
import { BROWSER_TEST_PASSWORD } from '../src/server/seed/browser-test-accounts.js';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';

/** The public form's JSON twin; the public site's own spec covers the form itself. */
async function submitRequest(request: APIRequestContext, name: string, reason: string) {
  const response = await request.post('/api/enquiries', {
    data: {
      name,
      email: 'someone@example.org',
      phone: '+1 503 555 0100',
      preferredContact: 'email',
      reason,
      preferredTimes: 'Weekday mornings',
      heardAbout: 'A friend',
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
}

async function openFromQueue(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Requests/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('New');
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a therapist works the queue: opens a request, moves it on, notes a call, and declines another with a reason', async ({ page }) => {
  // One long journey with an axe scan on every screen it passes through.
  test.setTimeout(90_000);
  const first = uniqueName('Alex Morgan');
  const second = uniqueName('Jordan Lee');
  await submitRequest(page.request, first, 'Years of depression that talk therapy has only partly helped.\n\nI am nervous, to be honest.');
  await submitRequest(page.request, second, 'Looking for help with chronic pain.');

  await signIn(page, 'therapist');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ })).toContainText(/\d+ new/);
  await expectNoAxeViolations(page);

  await openFromQueue(page, first);
  const words = page.getByRole('region', { name: 'In their words' });
  await expect(words.getByText('I am nervous, to be honest.')).toBeVisible();
  await expect(words.locator('.words-text').first()).toHaveCSS('white-space', 'pre-wrap');
  await expect(page.getByRole('link', { name: 'someone@example.org' })).toHaveAttribute('href', 'mailto:someone@example.org');
  await expect(page.getByRole('link', { name: '+1 503 555 0100' })).toHaveAttribute('href', 'tel:+15035550100');
  await expectNoAxeViolations(page);

  const status = page.getByRole('region', { name: 'Status' });
  await status.getByRole('radio', { name: 'Contacted' }).check();
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByText('Status changed to Contacted.')).toBeVisible();
  await expect(status.getByRole('radio', { name: 'Contacted' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').filter({ hasText: 'New → Contacted' })).toContainText('Tess Therapist');

  const noteText = `Left a voicemail for ${first}; will try again Thursday.`;
  await page.getByLabel('Add a note').fill(noteText);
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page
    .getByRole('region', { name: /^Notes/ })
    .getByRole('listitem')
    .filter({ hasText: noteText });
  await expect(note).toContainText('Tess Therapist');
  await expect(note.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(note.locator('time')).toContainText(String(new Date().getFullYear()));
  await expect(page.getByLabel('Add a note')).toHaveValue('');
  await expectNoAxeViolations(page);

  await openFromQueue(page, second);
  const secondStatus = page.getByRole('region', { name: 'Status' });
  await secondStatus.getByRole('radio', { name: 'Declined' }).check();
  await secondStatus.getByRole('button', { name: 'Change status' }).click();
  const reason = secondStatus.getByRole('textbox', { name: /Reason/ });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Please say why/);
  await expect(secondStatus.getByText('The status was not changed')).toBeVisible();
  await expectNoAxeViolations(page);

  await reason.fill('Chronic pain alone is outside what the practice offers; referred to a pain clinic.');
  await secondStatus.getByRole('button', { name: 'Change status' }).click();
  await expect(secondStatus.getByText('Status changed to Declined.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('referred to a pain clinic');

  await page.getByRole('link', { name: '← All requests' }).click();
  await page
    .getByRole('navigation', { name: 'Requests by status' })
    .getByRole('link', { name: /^Declined/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Declined requests' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: second })).toContainText('Declined');
  await page
    .getByRole('navigation', { name: 'Requests by status' })
    .getByRole('link', { name: /^Contacted/ })
    .click();
  await expect(page.getByRole('row').filter({ hasText: first })).toContainText('1 note');
  await expectNoAxeViolations(page);
});

test('a co-facilitator has no Requests link, and the requests address shows the not-found page', async ({ page }) => {
  await signIn(page, 'coFacilitator');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Requests/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.goto('/app/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('someone not signed in who opens the queue is asked to sign in, then brought back to it', async ({ page }) => {
  await page.goto('/app/requests?status=new');
  await expect(page).toHaveURL(/\/app\/sign-in\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Email').fill('therapist@holdspace.test');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('don’t match an account').or(page.getByText("don't match an account"))).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Password').fill(BROWSER_TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/requests\?status=new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
});
