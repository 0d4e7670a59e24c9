import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signIn, test, uniqueName } from './support/fixtures.js';

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the admin invites a therapist, who accepts through the link in the outbox and is signed in', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = uniqueName('River Osei');
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;

  await signIn(page, 'admin');
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expectNoAxeViolations(page);

  const invite = page.getByRole('region', { name: 'Invite someone' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByText('The invitation was not sent')).toBeVisible();
  await expect(invite.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await invite.getByRole('textbox', { name: 'Email' }).fill(email);
  await invite.getByRole('textbox', { name: 'Name' }).fill(name);
  await invite.getByRole('checkbox', { name: /^Therapist/ }).check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByText(`Invitation created for ${name}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open invitations' }).getByRole('row').filter({ hasText: email })).toContainText(
    'Therapist',
  );

  await invite.getByRole('link', { name: 'the outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: email }).getByRole('link').click();
  const mail = page.getByRole('article').filter({ hasText: `Hello ${name}` });
  const link = await mail.getByRole('link', { name: /\/app\/invite#token=/ }).textContent();
  expect(link).toMatch(/^http.+\/app\/invite#token=\S+$/);
  await expectNoAxeViolations(page);

  const fresh = await browser.newContext();
  const invitee = await fresh.newPage();
  await invitee.goto(link ?? '');
  await expect(invitee.getByRole('heading', { level: 1, name: 'Join Stillwater Integrative Therapy' })).toBeVisible();
  await expect(invitee.getByText(email)).toBeVisible();
  await expect(invitee.getByText('Therapist', { exact: true })).toBeVisible();
  await expectNoAxeViolations(invitee);

  await invitee.getByLabel('Choose a password').fill('too short');
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(invitee.getByLabel('Choose a password')).toHaveAccessibleDescription(/at least 12 characters/i);
  await invitee.getByLabel('Choose a password').fill('lantern over the quiet field');
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(main(invitee)).toBeVisible();
  await expect(invitee.getByRole('banner')).toContainText(name);
  await expect(main(invitee).getByRole('link', { name: /^Requests/ })).toBeVisible();
  await expect(main(invitee).getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await expectNoAxeViolations(invitee);

  await invitee.goto(link ?? '');
  await expect(invitee.getByRole('heading', { level: 1, name: 'This invitation link no longer works' })).toBeVisible();
  await fresh.close();
});

test('the admin edits a public page with a preview, visitors see the new words, and the default text comes back', async ({ page }) => {
  test.setTimeout(90_000);
  const sentence = uniqueName('Our practice meets people where they are');
  await signIn(page, 'admin');
  await main(page).getByRole('link', { name: 'Public pages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public pages' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Edit KAP and trauma' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “KAP and trauma”' })).toBeVisible();
  await expectNoAxeViolations(page);
  const body = page.getByRole('textbox', { name: 'Page text' });
  await body.fill(`## A note from us\n\n${sentence}, with **care** at every step.\n\n- Preparation\n- Integration`);
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByRole('tabpanel');
  await expect(preview.getByRole('heading', { level: 2, name: 'A note from us' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('care');
  await expect(preview.getByRole('listitem')).toHaveText(['Preparation', 'Integration']);
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Write' }).click();
  await expect(body).toHaveValue(new RegExp(sentence));
  await page.getByRole('button', { name: 'Save and mark reviewed' }).click();
  await expect(page.getByText('Saved and marked reviewed')).toBeVisible();
  await expect(page.getByText(/^Reviewed on /)).toBeVisible();

  const visitor = await page.context().browser()?.newPage();
  if (!visitor) throw new Error('no browser');
  await visitor.goto('/kap-and-trauma');
  await expect(visitor.getByText(sentence)).toBeVisible();

  await page.getByRole('button', { name: 'Restore default text' }).click();
  await expect(page.getByText('Replace this page with Holdspace’s default text?')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, restore the default text' }).click();
  await expect(page.getByText('Default text — please review').first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Page text' })).not.toHaveValue(new RegExp(sentence));
  await visitor.reload();
  await expect(visitor.getByText(sentence)).toHaveCount(0);
  await visitor.close();
});

test('the admin changes the practice settings, the audit log lists the actions, and the chain verifies intact', async ({ page }) => {
  test.setTimeout(90_000);
  const phone = `(555) 01${String(Date.now()).slice(-1)}-${String(Date.now()).slice(-4)}`;
  await signIn(page, 'admin');
  await main(page).getByRole('link', { name: 'Practice settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice settings' })).toBeVisible();
  await expectNoAxeViolations(page);

  const emergency = page.getByRole('textbox', { name: 'Local emergency number' });
  await emergency.fill('call us');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The settings were not saved')).toBeVisible();
  await expect(emergency).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await emergency.fill('911');
  const phoneField = page.getByRole('textbox', { name: /Practice phone/ });
  const originalPhone = await phoneField.inputValue();
  await phoneField.fill(phone);
  await expect(page.getByRole('combobox', { name: 'Time zone' }).or(page.getByRole('textbox', { name: 'Time zone' }))).toHaveValue(
    'America/Los_Angeles',
  );
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/^Settings saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Practice phone/ })).toHaveValue(phone);

  await main(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const rows = page.getByRole('table');
  await expect(rows.getByRole('row').filter({ hasText: 'Changed practice settings' }).first()).toContainText('Avery Admin');
  await expect(rows.getByRole('row').filter({ hasText: 'Signed in' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Kind of action' }).selectOption('practice');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'Matching rows, newest first' })).toBeVisible();
  await expect(rows.getByRole('row').filter({ hasText: 'Changed practice settings' }).first()).toBeVisible();
  await expect(rows.getByRole('row').filter({ hasText: 'Signed in' })).toHaveCount(0);
  await expect(page.getByRole('table').getByText(/[a-z]+\.[a-z_]+/)).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download these rows (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^holdspace-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByRole('status').getByText(/^Intact: [\d,]+ rows checked$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Leave the practice as other tests found it.
  const { updatedAt: _updatedAt, ...settings } = (await (await page.request.get('/api/practice')).json()) as Record<string, unknown>;
  const restored = await page.request.put('/api/practice', { data: { ...settings, phone: originalPhone } });
  expect(restored.status()).toBe(200);
});

test('the theme follows the device until chosen, says which is on, stays on this device, and offers dim', async ({ page }) => {
  await signIn(page, 'admin');
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  await expect(theme.locator('option:checked')).toHaveText('Match this device (light now)');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Theme').selectOption('dim');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
  await expectNoAxeViolations(page);
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('with no choice made, a device set to dark gets the dark theme on the public site, sign-in and the app', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const url of ['/', '/begin', '/app/sign-in']) {
    await page.goto(url);
    await expect(page.locator('body'), url).toHaveCSS('background-color', 'rgb(27, 25, 23)');
    await expectNoAxeViolations(page);
  }
  await context.close();
});
