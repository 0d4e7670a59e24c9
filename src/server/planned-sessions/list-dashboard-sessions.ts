import { sql } from 'kysely';
import { rule } from '../../domain/access/policy.js';
import { localDate } from '../../domain/time/local-date.js';
import { nextDate } from '../../domain/time/zoned-time.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { dayBounds } from '../readiness/index.js';
import { presentSession } from './planned-sessions.repository.js';

const dashboardRule = rule('see my planned sessions for today and tomorrow', ['therapist', 'prescriber', 'co_facilitator']);

/** Today's and tomorrow's sessions for the therapist's and prescriber's dashboards: mine, or on my care teams. */
export async function listDashboardSessions(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, dashboardRule);
  return inTransaction(deps, async (tx) => {
    const { timeZone } = await getPracticeSettings(tx.db);
    const today = localDate(ctx.now, timeZone);
    const tomorrow = nextDate(today);
    const from = dayBounds(today, timeZone).from;
    const to = dayBounds(tomorrow, timeZone).to;
    const rows = await tx.db
      .selectFrom('planned_sessions')
      .selectAll()
      .where('status', 'in', ['planned', 'started'])
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('planned_session_staff')
              .whereRef('planned_session_staff.planned_session_id', '=', 'planned_sessions.id')
              .where('planned_session_staff.user_id', '=', actor.userId)
              .select(sql.lit(1).as('one')),
          ),
          eb.exists(
            eb
              .selectFrom('care_team_members')
              .whereRef('care_team_members.client_id', '=', 'planned_sessions.client_id')
              .where('care_team_members.user_id', '=', actor.userId)
              .select(sql.lit(1).as('one')),
          ),
        ]),
      )
      .orderBy('starts_at')
      .execute();
    const sessions = [];
    for (const row of rows) sessions.push(await presentSession(tx.db, row, timeZone));
    await appendAudit(tx, ctx, {
      action: 'planned_session.dashboard',
      recordType: 'planned_session',
      detail: { ids: sessions.map((s) => s.id) },
    });
    return { today, tomorrow, sessions };
  });
}
