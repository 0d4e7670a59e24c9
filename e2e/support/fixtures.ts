import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { BROWSER_TEST_ACCOUNTS, BROWSER_TEST_PASSWORD, type BrowserTestAccount } from '../../src/server/seed/browser-test-accounts.js';

/** Fails the test with every axe violation listed (WCAG 2.1 A and AA rules and best practices). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the real sign-in page as one of the browser-test staff. */
export async function signIn(page: Page, who: BrowserTestAccount): Promise<void> {
  await page.goto('/app/sign-in');
  await page.getByLabel('Email').fill(BROWSER_TEST_ACCOUNTS[who].email);
  await page.getByLabel('Password').fill(BROWSER_TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** A name no other test uses, so tests sharing the one server never see each other's records. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export const test = base;
export { expect };
