/** What other features may use of consent; everything else in this folder is its own. */
export { consentStanding } from './consent-standing.js';
export { listPortalConsents } from './portal-consents.js';
export { signConsent } from './sign-consent.js';
