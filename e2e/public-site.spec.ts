import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, uniqueName } from './support/fixtures.js';

// The default page texts (src/server/practice/default-pages.ts); no spec edits the public pages.
const HOME_HEADING = 'Ketamine-assisted psychotherapy, with care at every step';
const READING_PAGES = [
  { link: 'What KAP is', path: '/what-is-kap', heading: 'Understanding ketamine-assisted psychotherapy' },
  { link: 'Who it may help', path: '/who-it-may-help', heading: 'Who might consider KAP' },
  { link: 'How it works', path: '/how-it-works', heading: 'The three phases of care' },
  { link: 'KAP and trauma', path: '/kap-and-trauma', heading: 'KAP as part of trauma care' },
  { link: 'Is it right for you?', path: '/is-it-right-for-you', heading: 'Is KAP right for you?' },
  { link: 'Begin with a consultation', path: '/begin', heading: 'Request a consultation' },
];

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** What every public page must hold: its heading, the crisis notice with 988, and no axe violations. */
async function expectReadablePage(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  const notice = page.getByRole('complementary', { name: 'If you need help now' });
  await expect(notice).toContainText('This site is not for emergencies.');
  await expect(notice.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
  await expectNoAxeViolations(page);
}

function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Follows a link in the main navigation: the wide list on a desktop, the Menu on a phone. */
async function openFromNavigation(page: Page, link: string, onPhone: boolean) {
  const nav = mainNav(page);
  if (onPhone) {
    await nav.getByText('Menu', { exact: true }).click();
  }
  await nav.getByRole('link', { name: link }).click();
}

/** Presses Tab until the target has focus, as a keyboard user would, and fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const viewport of VIEWPORTS) {
  test(`a visitor reads every KAP page through the navigation (${viewport.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const onPhone = viewport.name === 'phone';

    await page.goto('/');
    await expectReadablePage(page, HOME_HEADING);
    await expect(page.getByRole('heading', { level: 2, name: 'What the work looks like' })).toBeVisible();
    // Only one of the two navigation layouts is ever shown.
    if (onPhone) {
      await expect(mainNav(page).getByRole('link', { name: 'What KAP is' })).toBeHidden();
    } else {
      await expect(mainNav(page).getByText('Menu', { exact: true })).toBeHidden();
    }

    for (const target of READING_PAGES) {
      await openFromNavigation(page, target.link, onPhone);
      await expect(page).toHaveURL(target.path);
      await expectReadablePage(page, target.heading);
      if (!onPhone) {
        await expect(mainNav(page).getByRole('link', { name: target.link })).toHaveAttribute('aria-current', 'page');
      }
    }

    await page.getByRole('banner').getByRole('link', { name: 'Stillwater Integrative Therapy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
  });
}

test('an unknown address shows a kind page that leads back, with the crisis notice', async ({ page }) => {
  const response = await page.goto('/this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await expectReadablePage(page, 'We could not find that page');
  await page.getByRole('main').getByRole('link', { name: 'request a consultation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a consultation');
});

test('a visitor asks for a consultation and is told what happens next', async ({ page }) => {
  const name = uniqueName('Robin Ash');
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Begin with a consultation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a consultation');

  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill('robin.ash@example.org');
  await page.getByLabel('Phone number').fill('+1 503 555 0142');
  await page.getByRole('radio', { name: 'By phone' }).check();
  await page
    .getByLabel('What brings you')
    .fill('Depression that has not lifted with medication.\nI would like to ask some questions first.');
  await page.getByLabel('Days and times that suit you').fill('Tuesday or Thursday afternoons');
  await page.getByLabel('How you heard about the practice').fill('My GP');
  await page.getByRole('checkbox', { name: /may contact me about this request/ }).check();
  await page.getByRole('button', { name: 'Send my request' }).click();

  await expect(page).toHaveURL('/begin/thanks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you — your request has been sent');
  await expect(page.getByText('Request received')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What happens next' })).toBeVisible();
  const steps = page.getByRole('main').getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.first()).toContainText('Tess Therapist or someone from the practice will read your request');
  await expect(steps.nth(1)).toContainText('in the way you asked');
  await expectReadablePage(page, 'Thank you — your request has been sent');
});

test('a mistake in the form is explained beside the field, nothing typed is lost, and it can be put right', async ({ page }) => {
  const name = uniqueName('Casey Moor');
  const reason = 'Trauma from a car accident. I already see an EMDR therapist.';
  await page.goto('/begin');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill('casey.moor@example');
  await page.getByLabel('What brings you').fill(reason);
  await page.getByRole('button', { name: 'Send my request' }).click();

  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'Please check a few things' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Email address: please check the email address/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Permission to contact you: please tick this box/ })).toBeVisible();
  // The summary opens the page, so it is seen first; each of its links leads to the field.
  await expect(summary).toBeInViewport();

  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Error: Please check the email address; it should look like name@example\.org\./);
  const consent = page.getByRole('checkbox', { name: /may contact me about this request/ });
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toHaveAccessibleDescription(/Error: Please tick this box so the practice may contact you\./);
  await expect(page.getByText('Please check the email address; it should look like name@example.org.')).toBeVisible();
  await expect(page.getByText('Please tick this box so the practice may contact you.')).toBeVisible();
  // A field that was fine is not marked.
  await expect(page.getByLabel('Your name')).not.toHaveAttribute('aria-invalid', 'true');

  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await expect(email).toHaveValue('casey.moor@example');
  await expect(page.getByLabel('What brings you')).toHaveValue(reason);
  await expect(consent).not.toBeChecked();
  await expectReadablePage(page, 'Request a consultation');
  await summary.getByRole('link', { name: /^Email address/ }).click();
  await expect(email).toBeInViewport();

  await email.fill('casey.moor@example.org');
  await consent.check();
  await page.getByRole('button', { name: 'Send my request' }).click();
  await expect(page).toHaveURL('/begin/thanks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you — your request has been sent');
});

test('the request form works with the keyboard alone', async ({ page }) => {
  const name = uniqueName('Jamie Fell');
  await page.goto('/begin');

  // The first Tab reaches the skip link, which jumps past the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  const nameField = page.getByLabel('Your name');
  await tabTo(page, nameField);
  await expect(nameField).toHaveCSS('outline-style', 'solid');
  await page.keyboard.type(name);

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
  await page.keyboard.type('jamie.fell@example.org');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Phone number')).toBeFocused();

  // Email is already chosen; Tab lands on the chosen radio and Space keeps it.
  await page.keyboard.press('Tab');
  const byEmail = page.getByRole('radio', { name: 'By email' });
  await expect(byEmail).toBeFocused();
  await page.keyboard.press('Space');
  await expect(byEmail).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What brings you')).toBeFocused();
  await page.keyboard.type('I feel stuck and would like to talk about whether KAP could help.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Days and times that suit you')).toBeFocused();
  await page.keyboard.type('Mornings');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('How you heard about the practice')).toBeFocused();

  // The spam trap is never reached: the next stop is the consent box.
  await page.keyboard.press('Tab');
  const consent = page.getByRole('checkbox', { name: /may contact me about this request/ });
  await expect(consent).toBeFocused();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();

  await page.keyboard.press('Tab');
  const send = page.getByRole('button', { name: 'Send my request' });
  await expect(send).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(consent).toBeFocused();
  await expect(consent).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL('/begin/thanks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you — your request has been sent');
  const home = page.getByRole('main').getByRole('link', { name: 'Back to the home page' });
  await tabTo(page, home);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('a visitor on a phone opens the menu, sends a request and sees the confirmation', async ({ page }) => {
    const name = uniqueName('Noor Vale');
    await page.goto('/how-it-works');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The three phases of care');

    await mainNav(page).getByText('Menu', { exact: true }).click();
    await mainNav(page).getByRole('link', { name: 'Begin with a consultation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a consultation');

    // First without a way to reach them: the server answers with the message, no script needed.
    await page.getByLabel('Your name').fill(name);
    await page.getByRole('checkbox', { name: /may contact me about this request/ }).check();
    await page.getByRole('button', { name: 'Send my request' }).click();
    await expect(page.getByRole('alert')).toContainText('please give an email address or a phone number (or both)');
    await expect(page.getByLabel('Your name')).toHaveValue(name);

    await page.getByLabel('Phone number').fill('(503) 555-0177');
    await page.getByRole('radio', { name: 'By phone' }).check();
    await page.getByRole('button', { name: 'Send my request' }).click();
    await expect(page).toHaveURL('/begin/thanks');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you — your request has been sent');
    await expect(page.getByRole('heading', { level: 2, name: 'What happens next' })).toBeVisible();
  });
});
