/** What other features may use of staff; everything else in this folder is its own. */
export {
  findInvitationByTokenHash,
  INVITATION_LIFETIME_HOURS,
  invitationState,
  revokeOpenInvitationsFor,
} from './invitations.repository.js';
