import { rule } from '../../domain/access/policy.js';

export const practicePolicy = {
  readSettings: rule('read the practice settings', ['admin', 'therapist', 'prescriber', 'co_facilitator']),
  changeSettings: rule('change the practice settings', ['admin']),
  editPages: rule('edit the public pages', ['admin']),
  readOutbox: rule('read the mail outbox', ['admin']),
};
