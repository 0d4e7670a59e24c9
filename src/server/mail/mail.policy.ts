import { rule } from '../../domain/access/policy.js';

export const mailPolicy = {
  readSetup: rule('see whether mail is set up, and how to set it up', ['admin']),
  sendTest: rule('send a test message through the mail set-up', ['admin']),
};
