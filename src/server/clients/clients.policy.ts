import { rule } from '../../domain/access/policy.js';
import { clientRule } from '../../domain/clients/care-team.js';

const WHOLE_TEAM = ['therapist', 'prescriber', 'co_facilitator'] as const;

export const clientsPolicy = {
  create: rule('create a client', ['therapist', 'admin']),
  list: rule('list the clients they may see', ['therapist', 'prescriber', 'co_facilitator', 'admin']),
  directory: rule('see who can join a care team', ['therapist', 'admin']),
  readChart: clientRule('read a client’s chart', WHOLE_TEAM, { admin: true }),
  /** The office works the request queue too, so the request a chart came from is no more private than the chart. */
  readOriginalRequest: clientRule('read the request a client first sent', WHOLE_TEAM, { admin: true }),
  editDetails: clientRule('edit a client’s details', ['therapist'], { admin: true }),
  setCareTeam: clientRule('choose a client’s care team', ['therapist'], { admin: true }),
  changePhase: clientRule('move a client along the path', ['therapist', 'prescriber'], { admin: false }),
  invitePortal: clientRule('invite a client to the portal', ['therapist'], { admin: true }),
};
