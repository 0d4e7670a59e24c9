import type { SignInSettings } from '../../contracts/account.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { accountsPolicy } from './accounts.policy.js';
import { saveStaffTwoFactor, staffTwoFactorRequired } from './accounts.repository.js';

/** Whether staff must use a second factor: on unless an admin turns it off (decision 26). */
export async function readSignInSettings(deps: Deps, ctx: RequestContext): Promise<SignInSettings> {
  authorize(ctx, accountsPolicy.readSignInSettings);
  return { staffTwoFactor: await staffTwoFactorRequired(deps.db) };
}

export async function updateSignInSettings(deps: Deps, ctx: RequestContext, input: SignInSettings): Promise<SignInSettings> {
  const actor = authorize(ctx, accountsPolicy.changeSignInSettings);
  return inTransaction(deps, async (tx) => {
    const before = await staffTwoFactorRequired(tx.db);
    await saveStaffTwoFactor(tx.db, input.staffTwoFactor, actor.userId, ctx.now.toISOString());
    await appendAudit(tx, ctx, {
      action: 'practice.settings_update',
      recordType: 'practice',
      recordId: 'practice',
      detail: { changed: ['staffTwoFactor'], from: before, to: input.staffTwoFactor },
    });
    return { staffTwoFactor: input.staffTwoFactor };
  });
}
