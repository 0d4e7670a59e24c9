import type { PracticeSettings } from '../../contracts/practice.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { practicePolicy } from './practice.policy.js';
import { getPracticeSettings, savePracticeSettings } from './practice.repository.js';

export async function updatePracticeSettings(deps: Deps, ctx: RequestContext, input: PracticeSettings) {
  const actor = authorize(ctx, practicePolicy.changeSettings);
  return inTransaction(deps, async (tx) => {
    const before = await getPracticeSettings(tx.db);
    await savePracticeSettings(tx.db, input, actor.userId, ctx.now.toISOString());
    const changed = (Object.keys(input) as (keyof PracticeSettings)[]).filter((key) => input[key] !== before[key]);
    await appendAudit(tx, ctx, { action: 'practice.settings_update', recordType: 'practice', recordId: 'practice', detail: { changed } });
    return getPracticeSettings(tx.db);
  });
}
