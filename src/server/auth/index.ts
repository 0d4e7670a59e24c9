/** What other features may use of auth; everything else in this folder is its own. */

export { nameTakenByOtherStaff, saveStaffTwoFactor, setDisplayName } from './accounts.repository.js';
export { createInvitation } from './create-invitation.js';
export { nameTaken } from './own-account.js';
export { hashPassword, verifyPassword } from './password-hashing.js';
export { sessionStillActive } from './resolve-session.js';
export { checkSecondFactor, hasSecondFactor } from './second-factor.js';
export { endSessionsOfUser } from './sessions.repository.js';
export { findUserByEmail, findUserById, insertUser, listUsers, normalizeEmail } from './users.repository.js';
