import { v7 as uuidv7 } from 'uuid';
import type { SafetyFlag } from '../../domain/measures/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps, Tx } from '../platform/deps.js';
import { queueMail } from '../platform/mail/queue-mail.js';
import { flagAlertsTopic } from './flag-alerts-topic.js';
import { careTeamToAlert, insertAlerts, insertFlag } from './safety-flags.repository.js';

type Raised = { id: string; kind: SafetyFlag['kind']; urgency: SafetyFlag['urgency'] };

function noticeMail(deps: Deps, clientId: string, name: string, urgent: boolean) {
  return {
    subject: urgent ? 'Urgent: a safety flag needs your attention in Holdspace' : 'A safety flag needs your attention in Holdspace',
    text: [
      `Hello ${name},`,
      '',
      `A client on your care team has just answered a question that raises a safety flag${urgent ? ' marked urgent' : ''}.`,
      'Please sign in to read it and acknowledge it with a note:',
      `${deps.config.publicUrl}/app/clients/${clientId}`,
      '',
      'This email holds no clinical details on purpose.',
    ].join('\n'),
    purpose: 'safety flag notice',
  };
}

/**
 * Raises the flags in the same transaction as the answers that caused them, and alerts the care team:
 * every active clinician on it in the app (a badge that stays until they open the flag, announced live),
 * and the therapist and prescriber by mail too — without a name or any clinical words. Who was alerted,
 * and with which mail, is kept per flag, so what the client is told rests on what happened.
 */
export async function raiseSafetyFlags(
  tx: Tx,
  deps: Deps,
  ctx: RequestContext,
  input: { clientId: string; sourceType: string; sourceId: string; flags: readonly SafetyFlag[] },
): Promise<Raised[]> {
  const raised: Raised[] = [];
  const at = ctx.now.toISOString();
  for (const flag of input.flags) {
    const id = uuidv7();
    await insertFlag(tx.db, {
      id,
      client_id: input.clientId,
      kind: flag.kind,
      urgency: flag.urgency,
      source_type: input.sourceType,
      source_id: input.sourceId,
      summary: flag.summary,
      raised_at: at,
      acknowledged_at: null,
      acknowledged_by: null,
      acknowledgement_note: null,
    });
    await appendAudit(tx, ctx, {
      action: 'safety_flag.raise',
      recordType: 'safety_flag',
      recordId: id,
      detail: { clientId: input.clientId, kind: flag.kind, urgency: flag.urgency },
    });
    raised.push({ id, kind: flag.kind, urgency: flag.urgency });
  }
  if (raised.length === 0) return raised;
  const urgent = raised.some((f) => f.urgency === 'urgent');
  const team = await careTeamToAlert(tx.db, input.clientId);
  const people = [...new Map(team.map((member) => [member.id, member])).values()];
  for (const person of people) {
    const mailed = team.some((m) => m.id === person.id && (m.role === 'therapist' || m.role === 'prescriber'));
    const outboxId = mailed
      ? await queueMail(tx, deps.mail.configured, ctx.now, {
          to: person.email,
          ...noticeMail(deps, input.clientId, person.display_name, urgent),
        })
      : null;
    await insertAlerts(
      tx.db,
      raised.map((flag) => ({ flag_id: flag.id, user_id: person.id, alerted_at: at, outbox_id: outboxId })),
    );
    for (const flag of raised) tx.publish(flagAlertsTopic(person.id), { type: 'safety_flag.raised', data: { flagId: flag.id, urgent } });
  }
  if (people.length > 0) {
    await appendAudit(tx, ctx, {
      action: 'safety_flag.alert',
      recordType: 'safety_flag',
      recordId: raised[0]!.id,
      detail: {
        flagIds: raised.map((f) => f.id),
        alerted: people.map((p) => p.id),
        mail: deps.mail.configured ? 'queued' : 'kept in the outbox',
      },
    });
  }
  return raised;
}
