import type { PortalNextSessionView } from '../../contracts/readiness.contracts.js';
import { localDate } from '../../domain/time/local-date.js';
import { previousDate } from '../../domain/time/zoned-time.js';
import { requireClientActor } from '../clients/index.js';
import { monitoringForClient } from '../medical/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/index.js';
import { confirmReadinessInPortal } from './confirm-readiness.js';
import { presentSession } from './planned-sessions.repository.js';

const WHAT_TO_EXPECT = [
  'We begin by checking in together and taking your blood pressure, heart rate and oxygen level.',
  'The medicine’s effects usually last an hour or two. Your therapist stays with you the whole time.',
  'Afterwards we rest and talk a little, and check your blood pressure again before you leave.',
  'You can use the signals you agreed on at any time, for example a raised hand to pause.',
];
const WHAT_TO_BRING = [
  'Comfortable, warm clothes and socks.',
  'Anything from your grounding toolkit that helps, such as an object to hold.',
  'Your glasses, if you wear them, and any medicines you need to take today.',
  'The name and number of the person taking you home.',
];

/** The client's next planned session, with what to expect, what to bring and the checks to confirm. */
export async function portalNextSession(deps: Deps, ctx: RequestContext): Promise<PortalNextSessionView> {
  const actor = requireClientActor(ctx);
  return inTransaction(deps, async (tx) => {
    // The fasting the client is asked for is the one their prescriber set on the clearance, when it differs from the practice's.
    const [{ timeZone }, monitoring] = await Promise.all([getPracticeSettings(tx.db), monitoringForClient(tx.db, actor.clientId)]);
    const row = await tx.db
      .selectFrom('planned_sessions')
      .selectAll()
      .where('client_id', '=', actor.clientId)
      .where('status', '=', 'planned')
      .where('ends_at', '>', ctx.now.toISOString())
      .orderBy('starts_at')
      .executeTakeFirst();
    await appendAudit(tx, ctx, { action: 'portal.next_session', recordType: 'client', recordId: actor.clientId });
    const fasting = { foodHours: monitoring.fastingFoodHours, liquidsMinutes: monitoring.fastingLiquidsMinutes };
    if (!row) return { session: null, whatToExpect: WHAT_TO_EXPECT, whatToBring: WHAT_TO_BRING, fasting };
    const view = await presentSession(tx.db, row, timeZone);
    const canConfirmFrom = previousDate(view.localDate);
    return {
      session: {
        id: view.id,
        localDate: view.localDate,
        localStartTime: view.localStartTime,
        localEndTime: view.localEndTime,
        timeZone,
        expectedMinutes: view.expectedMinutes,
        therapistName: view.therapist.name,
        room: view.room,
        readiness: view.readiness,
        canConfirmFrom,
        canConfirmNow: localDate(ctx.now, timeZone) >= canConfirmFrom && ctx.now.getTime() < Date.parse(view.startsAt),
      },
      whatToExpect: WHAT_TO_EXPECT,
      whatToBring: WHAT_TO_BRING,
      fasting,
    };
  });
}

/** Confirms in the portal and answers with the refreshed next-session view. */
export async function confirmAndShowNextSession(deps: Deps, ctx: RequestContext, input: Parameters<typeof confirmReadinessInPortal>[2]) {
  await confirmReadinessInPortal(deps, ctx, input);
  return portalNextSession(deps, ctx);
}
