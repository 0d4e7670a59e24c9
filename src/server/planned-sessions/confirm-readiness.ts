import { v7 as uuidv7 } from 'uuid';
import type { ReadinessItem } from '../../domain/preparation/vocabulary.js';
import { localDate } from '../../domain/time/local-date.js';
import { previousDate, utcToZoned } from '../../domain/time/zoned-time.js';
import { authorizeClientRecord, requireClientActor } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { conflict, notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { plannedSessionsPolicy } from './planned-sessions.policy.js';
import { findSessionRow, presentSession, type SessionRow } from './planned-sessions.repository.js';

interface ConfirmInput {
  id: string;
  items: ReadinessItem[];
  note: string;
}

async function record(tx: Tx, ctx: RequestContext, row: SessionRow, input: ConfirmInput, channel: 'portal' | 'arrival', userId: string) {
  if (row.status !== 'planned') throw conflict('This session is no longer waiting to start.', 'not_planned');
  const at = ctx.now.toISOString();
  const items = [...new Set(input.items)];
  await tx.db
    .insertInto('readiness_confirmations')
    .values(
      items.map((item) => ({
        id: uuidv7(),
        planned_session_id: row.id,
        client_id: row.client_id,
        item,
        channel,
        note: input.note,
        confirmed_by: userId,
        confirmed_at: at,
      })),
    )
    .execute();
  await appendAudit(tx, ctx, {
    action: `readiness.confirm_${channel}`,
    recordType: 'planned_session',
    recordId: row.id,
    detail: { clientId: row.client_id, items },
  });
}

/** Staff confirm the checks with the client when they arrive, on the day of the session. */
export async function confirmReadinessOnArrival(deps: Deps, ctx: RequestContext, input: ConfirmInput) {
  return inTransaction(deps, async (tx) => {
    const { actor, record: row } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.id),
      plannedSessionsPolicy.confirmOnArrival,
    );
    const { timeZone } = await getPracticeSettings(tx.db);
    if (localDate(ctx.now, timeZone) !== utcToZoned(row.starts_at, timeZone).date)
      throw conflict(
        'Checks on arrival are confirmed on the day of the session. Before then, the client confirms them in the portal.',
        'not_session_day',
      );
    await record(tx, ctx, row, input, 'arrival', actor.userId);
    return presentSession(tx.db, (await findSessionRow(tx.db, row.id))!, timeZone);
  });
}

/** The client confirms in the portal from the day before the session until it starts. */
export async function confirmReadinessInPortal(deps: Deps, ctx: RequestContext, input: ConfirmInput) {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    const row = await findSessionRow(tx.db, input.id);
    if (!row || row.client_id !== actor.clientId) throw notFound();
    const { timeZone } = await getPracticeSettings(tx.db);
    const opensOn = previousDate(utcToZoned(row.starts_at, timeZone).date);
    if (localDate(ctx.now, timeZone) < opensOn)
      throw conflict(`You can confirm these the day before your session, from ${opensOn}.`, 'too_early');
    if (ctx.now.getTime() >= Date.parse(row.starts_at))
      throw conflict('Your session has already begun; the team will check these with you.', 'too_late');
    await record(tx, ctx, row, input, 'portal', actor.userId);
    return { opensOn, timeZone };
  });
}
