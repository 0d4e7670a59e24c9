import type { Role } from '../../domain/access/roles.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { findInvitationByTokenHash, invitationState } from '../staff/index.js';
import { hashToken } from './tokens.js';

export const INVITATION_UNUSABLE =
  'This invitation link has expired or has already been used. Please ask the practice to send you a new one.';

/** Shows whom an invitation is for before they choose a password. The token is the only credential. */
export async function previewInvitation(deps: Deps, ctx: RequestContext, input: { token: string }) {
  const row = await findInvitationByTokenHash(deps.db, hashToken(input.token));
  if (!row || invitationState(row, ctx.now) !== 'open') throw notFound(INVITATION_UNUSABLE);
  const practice = await getPracticeSettings(deps.db);
  return { email: row.email, displayName: row.display_name, roles: row.roles.split(',') as Role[], practiceName: practice.practiceName };
}
