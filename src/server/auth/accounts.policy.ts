import { rule } from '../../domain/access/policy.js';

export const accountsPolicy = {
  sendReset: rule('send a staff member or client a password-reset link', ['admin']),
  readSignInSettings: rule('read the practice’s sign-in settings', ['admin', 'therapist', 'prescriber', 'co_facilitator']),
  changeSignInSettings: rule('change the practice’s sign-in settings', ['admin']),
};
