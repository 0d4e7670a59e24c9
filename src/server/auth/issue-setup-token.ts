import { appendAudit } from '../platform/audit/append-audit.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { hashToken, newToken } from './tokens.js';
import { countUsers } from './users.repository.js';

/**
 * With no users yet, makes a one-time setup token (replacing any earlier one) for the terminal to print.
 * There are no default passwords: the first admin chooses theirs through this link.
 */
export async function issueSetupTokenIfNeeded(deps: Deps): Promise<string | null> {
  return inTransaction(deps, async (tx) => {
    if ((await countUsers(tx.db)) > 0) return null;
    const token = newToken();
    const now = deps.clock();
    await tx.db.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
    await tx.db
      .insertInto('setup_tokens')
      .values({ token_hash: hashToken(token), created_at: now.toISOString(), used_at: null })
      .execute();
    // Who may create the first admin changed: the trail says when (never the token).
    await appendAudit(tx, { actor: null, ip: '', now }, { action: 'setup.token_issue' });
    return token;
  });
}
