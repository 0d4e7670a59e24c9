import { type CareRole, clientRule } from '../../domain/clients/care-team.js';
import type { EntryKind } from '../../domain/session/entries.js';

/**
 * Who may do what with a client's ketamine sessions. Everyone in the room is on the care team; a chart the
 * person is not on answers 404. Admins run the practice, not the session: they see no session record.
 */
export const ketamineSessionsPolicy = {
  read: clientRule('see a ketamine session and its record', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  open: clientRule('open a ketamine session', ['therapist', 'prescriber'], { admin: false }),
  log: clientRule('log in a ketamine session', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
};

/**
 * What a co-facilitator logs (issue 10: "can log vitals, observations and adverse events"), plus
 * acknowledging an alert — every open device shows it until someone in the room does — and correcting
 * their own entries of those kinds. Doses, decisions, interventions, fragments and discharge stay with the
 * therapist and prescriber.
 */
const CO_FACILITATOR_KINDS: readonly EntryKind[] = [
  'vitals',
  'observation',
  'adverse_event',
  'adverse_event_outcome',
  'alert_acknowledged',
];

/** The kinds this person may log given their roles on this client's care team (edits check the target's kind). */
export function mayLogKind(careRoles: readonly CareRole[], kind: EntryKind): boolean {
  if (careRoles.includes('therapist') || careRoles.includes('prescriber')) return true;
  return careRoles.includes('co_facilitator') && CO_FACILITATOR_KINDS.includes(kind);
}
