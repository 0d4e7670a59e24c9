import { v7 as uuidv7 } from 'uuid';
import type { SetupBody } from '../../contracts/auth.contracts.js';
import type { Role } from '../../domain/access/roles.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { invalidField, notFound } from '../platform/errors.js';
import { hashPassword } from './password-hashing.js';
import { presentUser } from './present-user.js';
import { startSession } from './start-session.js';
import { hashToken } from './tokens.js';
import { countUsers, insertUser, normalizeEmail } from './users.repository.js';

const LINK_USED =
  'This setup link has already been used or is no longer valid. Restart Holdspace to print a new one if no one has signed up yet.';

export async function createFirstAdmin(deps: Deps, ctx: RequestContext, input: SetupBody & { previousToken?: string }) {
  // Loaded on first use: the common-password list is megabytes a running server rarely needs (0037).
  const { checkNewPassword, PASSWORD_PROBLEM_MESSAGES } = await import('../../domain/passwords/password-policy.js');
  const problem = checkNewPassword(input.password, { email: input.email });
  if (problem) throw invalidField('password', PASSWORD_PROBLEM_MESSAGES[problem]);
  const passwordHash = await hashPassword(input.password);
  const roles: Role[] = input.alsoTherapist ? ['admin', 'therapist'] : ['admin'];

  return inTransaction(deps, async (tx) => {
    const tokenHash = hashToken(input.token);
    const claimed = await tx.db
      .updateTable('setup_tokens')
      .set({ used_at: ctx.now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1 || (await countUsers(tx.db)) > 0) throw notFound(LINK_USED);

    const userId = uuidv7();
    await insertUser(tx.db, {
      id: userId,
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      roles,
      at: ctx.now.toISOString(),
    });
    const session = await startSession(tx, { userId, kind: 'staff', now: ctx.now, previousToken: input.previousToken });
    await appendAudit(tx, ctx, {
      action: 'setup.first_admin',
      recordType: 'user',
      recordId: userId,
      actorId: userId,
      actorRole: roles.join(','),
    });
    return {
      token: session.token,
      user: presentUser({ id: userId, displayName: input.displayName, email: normalizeEmail(input.email), roles }),
    };
  });
}
