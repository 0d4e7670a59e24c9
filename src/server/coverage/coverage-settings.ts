import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { conflict } from '../platform/errors.js';
import { practicePolicy } from '../practice/practice.policy.js';
import { coverageHours, saveCoverageHours } from './coverage.repository.js';

/** How long a coverage opening lasts: a practice setting, read by staff, changed by an admin. */
export async function readCoverageSettings(deps: Deps, ctx: RequestContext) {
  authorize(ctx, practicePolicy.readSettings);
  return { coverageHours: await coverageHours(deps.db) };
}

export async function updateCoverageSettings(deps: Deps, ctx: RequestContext, input: { coverageHours: number }) {
  const actor = authorize(ctx, practicePolicy.changeSettings);
  return inTransaction(deps, async (tx) => {
    const before = await coverageHours(tx.db);
    if (!(await saveCoverageHours(tx.db, input.coverageHours, actor.userId, ctx.now.toISOString()))) {
      throw conflict('Please save the practice settings first.', 'no_practice_settings');
    }
    await appendAudit(tx, ctx, {
      action: 'practice.settings_update',
      recordType: 'practice',
      recordId: 'practice',
      detail: { changed: ['coverageHours'], from: before, to: input.coverageHours },
    });
    return { coverageHours: input.coverageHours };
  });
}
