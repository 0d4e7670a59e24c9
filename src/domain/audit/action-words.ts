/**
 * Plain words for every audit action the server writes, so the log reads as sentences to the people
 * who check it. Actions are grouped into kinds by the part before the dot (`client.read` → client).
 */
export const ACTION_WORDS: Record<string, string> = {
  'audit.export': 'Downloaded rows of the audit log',
  'audit.read': 'Read the audit log',
  'audit.verify': 'Checked that the audit log is intact',
  'auth.invitation_accept': 'Accepted an invitation',
  'auth.sessions_expire': 'Signed-in sessions were ended',
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_throttled': 'Sign-in paused after too many attempts',
  'auth.sign_out': 'Signed out',
  'client.care_team_set': 'Changed a client’s care team',
  'client.create': 'Added a client',
  'client.list': 'Viewed the client list',
  'client.phase_change': 'Moved a client to a new phase of care',
  'client.portal_invite': 'Invited a client to the portal',
  'client.read': 'Opened a client’s chart',
  'client.update': 'Edited a client’s details',
  'consent.client_read': 'Viewed a client’s consents',
  'consent.document_create': 'Created a consent document',
  'consent.document_list': 'Viewed the consent documents',
  'consent.sign': 'Signed a consent',
  'consent.signature_read': 'Opened a signed consent',
  'consent.version_publish': 'Published a new version of a consent',
  'consultation.amend': 'Amended a signed consultation record',
  'consultation.create': 'Started a consultation record',
  'consultation.list': 'Viewed a client’s consultations',
  'consultation.read': 'Opened a consultation record',
  'consultation.sign': 'Signed a consultation record',
  'consultation.update': 'Edited a consultation record',
  'enquiry.create': 'Request received',
  'enquiry.discard_spam': 'Spam request discarded',
  'enquiry.list': 'Viewed the request queue',
  'enquiry.note_add': 'Added a note to a request',
  'enquiry.read': 'Opened a request',
  'enquiry.status_change': 'Changed a request’s status',
  'measure.assign': 'Assigned a questionnaire',
  'measure.assignment_cancel': 'Cancelled a questionnaire',
  'measure.clinician_score': 'Entered a questionnaire for a client',
  'measure.draft_save': 'Saved answers in progress on a questionnaire',
  'measure.read': 'Viewed a client’s questionnaires',
  'measure.record': 'Recorded a questionnaire',
  'medical.clearance_record': 'Recorded medical clearance',
  'medical.clearance_withdraw': 'Withdrew medical clearance',
  'medical.read': 'Viewed a client’s medical screening',
  'medical.screening_record': 'Recorded a medical screening',
  'outbox.read': 'Read the outbox',
  'planned_session.cancel': 'Cancelled a planned session',
  'planned_session.dashboard': 'Viewed upcoming sessions',
  'planned_session.list': 'Viewed a client’s planned sessions',
  'planned_session.plan': 'Planned a session',
  'planned_session.read': 'Opened a planned session',
  'portal.assignment_read': 'Client opened a questionnaire',
  'portal.consent_read': 'Client opened a consent',
  'portal.consents': 'Client viewed their consents',
  'portal.home': 'Client opened the portal',
  'portal.measure_submit': 'Client sent a questionnaire',
  'portal.next_session': 'Client viewed their next session',
  'practice.clinical_settings_update': 'Changed clinical settings',
  'practice.page_restore_default': 'Restored a public page’s default text',
  'practice.page_update': 'Edited a public page',
  'practice.settings_update': 'Changed practice settings',
  'preparation.complete': 'Marked preparation complete',
  'preparation.course_open': 'Opened a course of care',
  'preparation.course_update': 'Edited a course of care',
  'preparation.intention_add': 'Added an intention',
  'preparation.intention_revise': 'Revised an intention',
  'preparation.intentions_read': 'Viewed a client’s intentions',
  'preparation.note_amend': 'Amended a signed preparation note',
  'preparation.note_create': 'Started a preparation note',
  'preparation.note_list': 'Viewed a client’s preparation notes',
  'preparation.note_read': 'Opened a preparation note',
  'preparation.note_sign': 'Signed a preparation note',
  'preparation.note_update': 'Edited a preparation note',
  'preparation.read': 'Viewed a client’s preparation',
  'preparation.safety_plan_read': 'Viewed a client’s safety plan',
  'preparation.safety_plan_save': 'Saved a safety plan',
  'preparation.tool_add': 'Added a grounding tool',
  'preparation.tool_revise': 'Revised a grounding tool',
  'preparation.tools_read': 'Viewed a client’s grounding tools',
  'preparation.touch_preferences_read': 'Viewed a client’s touch preferences',
  'preparation.touch_preferences_save': 'Saved touch preferences',
  'readiness.confirm_arrival': 'Confirmed readiness on arrival',
  'readiness.confirm_portal': 'Client confirmed readiness in the portal',
  'readiness.override': 'Overrode the readiness check',
  'readiness.read': 'Viewed a session’s readiness',
  'safety_flag.acknowledge': 'Acknowledged a safety flag',
  'safety_flag.list': 'Viewed safety flags',
  'safety_flag.raise': 'A safety flag was raised',
  'setup.first_admin': 'Created the first admin',
  'staff.deactivate': 'Deactivated an account',
  'staff.invitation_revoke': 'Revoked an invitation',
  'staff.invite': 'Invited staff',
  'staff.list': 'Viewed the staff list',
  'staff.reactivate': 'Reactivated an account',
};

/** Kinds of action a person can filter by, in words. */
export const ACTION_KINDS: Record<string, string> = {
  audit: 'Audit log',
  auth: 'Signing in and out',
  client: 'Clients and charts',
  consent: 'Consents',
  consultation: 'Consultations',
  enquiry: 'Requests',
  measure: 'Questionnaires',
  medical: 'Medical screening',
  outbox: 'Outgoing mail',
  planned_session: 'Planned sessions',
  portal: 'Client portal',
  practice: 'Practice settings',
  preparation: 'Preparation',
  readiness: 'Readiness',
  safety_flag: 'Safety flags',
  setup: 'Setup',
  staff: 'Staff',
};

/** Always a sentence: an action added without words still reads as words, never as its code. */
export function actionWords(action: string): string {
  const words = ACTION_WORDS[action];
  if (words) return words;
  const kind = ACTION_KINDS[action.split('.')[0] ?? ''];
  return kind ? `Another action (${kind.toLowerCase()})` : 'Another action';
}

export function actionKind(action: string): string {
  return action.split('.')[0] ?? action;
}

/** What each audit-chain problem means, for the person reading the check. */
export const PROBLEM_WORDS: Record<string, string> = {
  changed: 'a row was changed after it was written',
  missing_or_reordered: 'a row is missing or out of order',
  broken_link: 'a row does not link to the one before it',
  unknown_batch: 'a row names a sealed batch the log does not have',
  unsealed: 'a row was never sealed into a batch, long after it should have been',
  head_missing: 'the sealed batch this server kept a note of is gone from the database',
  head_mismatch: 'the newest sealed batch no longer matches the note this server kept',
};

export function problemWords(kind: string): string {
  return PROBLEM_WORDS[kind] ?? 'the log does not check out here';
}
