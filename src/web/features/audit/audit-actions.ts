/** Plain words for the audit actions the server writes; an unknown action shows as its code. */
const ACTION_WORDS: Record<string, string> = {
  'audit.read': 'Read the audit log',
  'audit.verify': 'Verified the audit chain',
  'auth.invitation_accept': 'Accepted an invitation',
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_throttled': 'Sign-in paused after too many attempts',
  'auth.sign_out': 'Signed out',
  'enquiry.create': 'Request received',
  'enquiry.discard_spam': 'Spam request discarded',
  'enquiry.list': 'Viewed the request queue',
  'enquiry.note_add': 'Added a note to a request',
  'enquiry.read': 'Opened a request',
  'enquiry.status_change': 'Changed a request’s status',
  'outbox.read': 'Read the outbox',
  'practice.page_restore_default': 'Restored a public page’s default text',
  'practice.page_update': 'Edited a public page',
  'practice.settings_update': 'Changed practice settings',
  'setup.first_admin': 'Created the first admin',
  'staff.invitation_revoke': 'Revoked an invitation',
  'staff.invite': 'Invited staff',
  'staff.list': 'Viewed the staff list',
  'staff.deactivate': 'Deactivated an account',
  'staff.reactivate': 'Reactivated an account',
};

export function actionWords(action: string): string | undefined {
  return ACTION_WORDS[action];
}

export const PROBLEM_WORDS: Record<string, string> = {
  changed: 'a row was changed after it was written',
  missing_or_reordered: 'a row is missing or out of order',
  broken_link: 'a row does not link to the one before it',
};
