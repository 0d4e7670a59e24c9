/** What other features may use of safety-flags; everything else in this folder is its own. */
export { acknowledgeSafetyFlag } from './acknowledge-safety-flag.js';
export { careTeamAlertFor } from './care-team-alert.js';
export { raiseSafetyFlags } from './raise-safety-flags.js';
export { listFlags, presentFlag } from './safety-flags.repository.js';
