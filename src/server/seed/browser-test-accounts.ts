import type { Role } from '../../domain/access/roles.js';

/** The staff the browser-test server starts with. Fictional, and only ever seeded into a throwaway database. */
export const BROWSER_TEST_ACCOUNTS = {
  admin: { email: 'admin@holdspace.test', displayName: 'Avery Admin', roles: ['admin'] as Role[] },
  therapist: { email: 'therapist@holdspace.test', displayName: 'Tess Therapist', roles: ['therapist'] as Role[] },
  prescriber: { email: 'prescriber@holdspace.test', displayName: 'Dr. Priya Prescriber', roles: ['prescriber'] as Role[] },
  coFacilitator: { email: 'cofacilitator@holdspace.test', displayName: 'Cole Co-facilitator', roles: ['co_facilitator'] as Role[] },
  // Only e2e/accounts.spec.ts signs in as these: it turns on two-factor sign-in and changes passwords and roles.
  accountsAdmin: { email: 'accounts-admin@holdspace.test', displayName: 'Ari Accountable', roles: ['admin'] as Role[] },
  accountsStaff: { email: 'accounts-staff@holdspace.test', displayName: 'Sol Staffer', roles: ['co_facilitator'] as Role[] },
} as const;

export const BROWSER_TEST_PASSWORD = 'quiet harbour morning tide';
export type BrowserTestAccount = keyof typeof BROWSER_TEST_ACCOUNTS;
