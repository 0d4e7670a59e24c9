import { localDate } from '../../domain/time/local-date.js';
import { nextDate, zonedTimeToUtc } from '../../domain/time/zoned-time.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { clientGate } from './client-gate.js';
import { readinessPolicy } from './readiness.policy.js';

function startOfDay(date: string, timeZone: string): string {
  const midnight = zonedTimeToUtc(date, '00:00', timeZone);
  if (midnight.ok) return midnight.utc;
  // A zone whose clocks skip midnight itself: the day starts at 01:00.
  const one = zonedTimeToUtc(date, '01:00', timeZone);
  return one.ok ? one.utc : `${date}T00:00:00.000Z`;
}

/** The UTC span of one practice calendar day, for "sessions on this date" questions. */
export function dayBounds(date: string, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(date, timeZone), to: startOfDay(nextDate(date), timeZone) };
}

/** GET /api/clients/:id/readiness?date= — the gate on that date, for the session planned that day if any. */
export async function readReadiness(deps: Deps, ctx: RequestContext, input: { id: string; date?: string | undefined }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, readinessPolicy.read);
    const { timeZone } = await getPracticeSettings(tx.db);
    const date = input.date ?? localDate(ctx.now, timeZone);
    const { from, to } = dayBounds(date, timeZone);
    const session = await tx.db
      .selectFrom('planned_sessions')
      .select('id')
      .where('client_id', '=', input.id)
      .where('status', 'in', ['planned', 'started'])
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .orderBy('starts_at')
      .executeTakeFirst();
    const gate = await clientGate(tx.db, input.id, date, session?.id ?? null);
    await appendAudit(tx, ctx, { action: 'readiness.read', recordType: 'client', recordId: input.id, detail: { date, holds: gate.holds } });
    return gate;
  });
}
