import { v7 as uuidv7 } from 'uuid';
import type { PlanSessionBody } from '../../contracts/readiness.contracts.js';
import { type Conflict, endOf, findConflicts } from '../../domain/scheduling/overlap.js';
import { utcToZoned, zonedTimeToUtc } from '../../domain/time/zoned-time.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { AppError, invalidField } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { currentCourseRow } from '../preparation/index.js';
import { plannedSessionsPolicy } from './planned-sessions.policy.js';
import { bookingsOverlapping, findSessionRow, presentSession, rolesOfUsers } from './planned-sessions.repository.js';

/** Each person must hold the role they are planned in: a prescriber must be a prescriber. */
async function checkPeople(tx: Tx, input: PlanSessionBody) {
  const ids = [input.therapistId, input.prescriberId, ...input.coFacilitatorIds];
  const people = await rolesOfUsers(tx.db, ids);
  if (!people.get(input.therapistId)?.roles.includes('therapist')) throw invalidField('therapistId', 'choose an active therapist');
  if (!people.get(input.prescriberId)?.roles.includes('prescriber')) throw invalidField('prescriberId', 'choose an active prescriber');
  input.coFacilitatorIds.forEach((id, i) => {
    const roles = people.get(id)?.roles ?? [];
    if (!roles.some((r) => r === 'co_facilitator' || r === 'therapist' || r === 'prescriber'))
      throw invalidField(`coFacilitatorIds.${i}`, 'choose an active clinician');
  });
  return people;
}

function clashError(conflicts: Conflict[], names: Map<string, { name: string }>, timeZone: string, input: PlanSessionBody): AppError {
  const when = (c: Conflict) =>
    `${utcToZoned(c.startsAt, timeZone).time}–${utcToZoned(c.endsAt, timeZone).time} on ${utcToZoned(c.startsAt, timeZone).date}`;
  const field = (userId: string) =>
    userId === input.therapistId
      ? 'therapistId'
      : userId === input.prescriberId
        ? 'prescriberId'
        : `coFacilitatorIds.${input.coFacilitatorIds.indexOf(userId)}`;
  const issues = conflicts.map((c) =>
    c.kind === 'room'
      ? { path: 'room', message: `${c.room} is already planned for another session ${when(c)}` }
      : {
          path: field(c.userId),
          message: `${names.get(c.userId)?.name ?? 'This clinician'} is already planned for another session ${when(c)}`,
        },
  );
  return new AppError(
    409,
    'schedule_conflict',
    `This time clashes with another planned session: ${issues.map((i) => i.message).join('; ')}.`,
    issues,
  );
}

/**
 * Plans a ketamine session in the practice's time zone, stored in UTC. A clinician or room already planned
 * for an overlapping session is refused, the clash named. The gate is checked too, as a warning only:
 * planning ahead of readiness is normal; starting is what the gate refuses.
 */
export async function planSession(deps: Deps, ctx: RequestContext, input: PlanSessionBody & { clientId: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, plannedSessionsPolicy.plan);
    const { timeZone } = await getPracticeSettings(tx.db);
    const start = zonedTimeToUtc(input.date, input.startTime, timeZone);
    if (!start.ok) throw invalidField('startTime', 'that time does not happen on that date: the clocks go forward; choose another time');
    if (Date.parse(start.utc) <= ctx.now.getTime()) throw invalidField('date', 'must be in the future');
    const people = await checkPeople(tx, input);
    const endsAt = endOf(start.utc, input.expectedMinutes);
    const id = uuidv7();
    const staff = [
      { user_id: input.therapistId, role: 'therapist' as const },
      { user_id: input.prescriberId, role: 'prescriber' as const },
      ...[...new Set(input.coFacilitatorIds)].map((u) => ({ user_id: u, role: 'co_facilitator' as const })),
    ];
    const proposed = { id, startsAt: start.utc, endsAt, room: input.room, clinicianIds: [...new Set(staff.map((s) => s.user_id))] };
    const conflicts = findConflicts(proposed, await bookingsOverlapping(tx.db, proposed));
    if (conflicts.length > 0) throw clashError(conflicts, people, timeZone, input);
    const at = ctx.now.toISOString();
    await tx.db
      .insertInto('planned_sessions')
      .values({
        id,
        client_id: input.clientId,
        course_id: (await currentCourseRow(tx.db, input.clientId))?.id ?? null,
        starts_at: start.utc,
        ends_at: endsAt,
        expected_minutes: input.expectedMinutes,
        room: input.room,
        prescriber_presence: input.prescriberPresence,
        status: 'planned',
        created_at: at,
        created_by: actor.userId,
        updated_at: at,
        cancelled_at: null,
        cancelled_by: null,
        cancellation_reason: null,
      })
      .execute();
    await tx.db
      .insertInto('planned_session_staff')
      .values(staff.map((s) => ({ ...s, planned_session_id: id })))
      .execute();
    const session = await presentSession(tx.db, (await findSessionRow(tx.db, id))!, timeZone);
    await appendAudit(tx, ctx, {
      action: 'planned_session.plan',
      recordType: 'planned_session',
      recordId: id,
      detail: { clientId: input.clientId, startsAt: start.utc, gateHolds: session.gate.holds, unmet: session.gate.unmet },
    });
    const open = session.gate.items.filter((i) => i.state === 'unmet' && !i.code.startsWith('readiness_'));
    const warning =
      open.length > 0 ? `Planned. Before this session can start: ${open.map((i) => i.label.toLowerCase()).join('; ')}.` : null;
    return { session, warning };
  });
}
