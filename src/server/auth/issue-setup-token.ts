import type { Deps } from '../platform/deps.js';
import { hashToken, newToken } from './tokens.js';
import { countUsers } from './users.repository.js';

/**
 * With no users yet, makes a one-time setup token (replacing any earlier one) for the terminal to print.
 * There are no default passwords: the first admin chooses theirs through this link.
 */
export async function issueSetupTokenIfNeeded(deps: Deps): Promise<string | null> {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return null;
    const token = newToken();
    await trx.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
    await trx
      .insertInto('setup_tokens')
      .values({ token_hash: hashToken(token), created_at: deps.clock().toISOString(), used_at: null })
      .execute();
    return token;
  });
}
