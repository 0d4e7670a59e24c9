/** What other features may use of clients; everything else in this folder is its own. */

export { careTeamOf } from './care-team.repository.js';
export { changeClientPhase } from './change-phase.js';
export {
  authorizeClient,
  authorizeClientCare,
  authorizeClientRecord,
  authorizeOnCareRoles,
  authorizeOwnPortal,
  authorizeOwnRecord,
  requireClientActor,
} from './client-access.js';
export { findClientWithCareRoles } from './clients.repository.js';
export { createClient } from './create-client.js';
export { setCareTeam } from './set-care-team.js';
export { transitionPhase } from './transition-phase.js';
