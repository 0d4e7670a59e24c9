import { v7 as uuidv7 } from 'uuid';
import type { SafetyFlag } from '../../domain/measures/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { queueMail } from '../platform/mail/queue-mail.js';

/**
 * Raises the flags in the same transaction as the answers that caused them, and tells the treating
 * therapist and prescriber by mail — without a name or any clinical words, only that a flag is waiting.
 */
export async function raiseSafetyFlags(
  tx: Tx,
  deps: Deps,
  ctx: RequestContext,
  input: { clientId: string; sourceType: string; sourceId: string; flags: readonly SafetyFlag[] },
): Promise<{ id: string; kind: SafetyFlag['kind']; urgency: SafetyFlag['urgency'] }[]> {
  const raised = [];
  for (const flag of input.flags) {
    const id = uuidv7();
    await tx.db
      .insertInto('safety_flags')
      .values({
        id,
        client_id: input.clientId,
        kind: flag.kind,
        urgency: flag.urgency,
        source_type: input.sourceType,
        source_id: input.sourceId,
        summary: flag.summary,
        raised_at: ctx.now.toISOString(),
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledgement_note: null,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'safety_flag.raise',
      recordType: 'safety_flag',
      recordId: id,
      detail: { clientId: input.clientId, kind: flag.kind, urgency: flag.urgency },
    });
    raised.push({ id, kind: flag.kind, urgency: flag.urgency });
  }
  if (raised.length === 0) return raised;
  const clinicians = await tx.db
    .selectFrom('care_team_members')
    .innerJoin('users', 'users.id', 'care_team_members.user_id')
    .select(['users.email', 'users.display_name'])
    .where('care_team_members.client_id', '=', input.clientId)
    .where('care_team_members.role', 'in', ['therapist', 'prescriber'])
    .where('users.status', '=', 'active')
    .execute();
  const urgent = raised.some((f) => f.urgency === 'urgent');
  for (const clinician of clinicians) {
    await queueMail(tx, deps.mail.configured, ctx.now, {
      to: clinician.email,
      subject: urgent ? 'Urgent: a safety flag needs your attention in Holdspace' : 'A safety flag needs your attention in Holdspace',
      text: [
        `Hello ${clinician.display_name},`,
        '',
        `A client on your care team has just answered a question that raises a safety flag${urgent ? ' marked urgent' : ''}.`,
        'Please sign in to read it and acknowledge it with a note:',
        `${deps.config.publicUrl}/app/clients/${input.clientId}`,
        '',
        'This email holds no clinical details on purpose.',
      ].join('\n'),
      purpose: 'safety flag notice',
    });
  }
  return raised;
}
