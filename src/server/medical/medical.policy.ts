import { rule } from '../../domain/access/policy.js';
import { clientRule } from '../../domain/clients/care-team.js';

export const medicalPolicy = {
  read: clientRule('see a client’s medical screening and clearance', ['therapist', 'prescriber', 'co_facilitator'], { admin: false }),
  /** Only the prescriber sees the checklist's notes in full; see docs/decisions/0010. */
  readFull: clientRule('see the prescriber’s screening notes', ['prescriber'], { admin: false }),
  record: clientRule('record medical screening and clearance', ['prescriber'], { admin: false }),
  readSettings: rule('read the clinical settings', ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  changeSettings: rule('change monitoring defaults and clinical settings', ['prescriber']),
};
