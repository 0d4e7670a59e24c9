import type { TouchPreferencesBody } from '../../contracts/preparation.contracts.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { authorizeWriter } from './preparation-access.js';
import { loadTouchPreferences } from './present-preparation.js';
import { appendRevision, singletonRecordId } from './revisions.repository.js';

/**
 * The client's consent to supportive touch and their signals, revised by the therapist with the client in the
 * room; every version stays, so what was agreed at the time of any session can always be shown.
 */
export async function saveTouchPreferences(deps: Deps, ctx: RequestContext, input: TouchPreferencesBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const writer = await authorizeWriter(tx, ctx, input.clientId);
    const { clientId, ...body } = input;
    const recordId = await appendRevision(tx.db, {
      recordId: await singletonRecordId(tx.db, clientId, 'touch_preferences'),
      clientId,
      kind: 'touch_preferences',
      body: { ...body, consentedTouch: [...new Set(body.consentedTouch)] },
      authorKind: writer.authorKind,
      writtenBy: writer.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: 'preparation.touch_preferences_save',
      recordType: 'touch_preferences',
      recordId,
      detail: { clientId, reviewedWithClient: body.reviewedWithClient },
    });
    return loadTouchPreferences(tx.db, clientId);
  });
}
