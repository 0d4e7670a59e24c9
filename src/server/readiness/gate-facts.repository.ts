import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { GateFacts, GateOverride } from '../../domain/gate/readiness-gate.js';
import type { GateRequirement } from '../../domain/gate/requirements.js';
import type { ReadinessItem } from '../../domain/preparation/vocabulary.js';
import { consentStanding } from '../consent/index.js';
import { currentCourseRow, singletonRecordId } from '../preparation/index.js';
import { listFlags, presentFlag } from '../safety-flags/index.js';

export async function overridesOf(db: Kysely<Database>, plannedSessionId: string): Promise<GateOverride[]> {
  const rows = await db
    .selectFrom('gate_overrides')
    .innerJoin('users', 'users.id', 'gate_overrides.prescriber_id')
    .select(['gate_overrides.id', 'requirement', 'reason', 'gate_overrides.created_at', 'users.display_name'])
    .where('planned_session_id', '=', plannedSessionId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    requirement: r.requirement as GateRequirement,
    reason: r.reason,
    prescriberName: r.display_name,
    at: r.created_at,
  }));
}

export async function confirmedItems(db: Kysely<Database>, plannedSessionId: string): Promise<ReadinessItem[]> {
  const rows = await db
    .selectFrom('readiness_confirmations')
    .select('item')
    .distinct()
    .where('planned_session_id', '=', plannedSessionId)
    .execute();
  return rows.map((r) => r.item);
}

/** Everything the readiness gate looks at for one client (and one planned session), read in one go. */
export async function loadGateFacts(db: Kysely<Database>, clientId: string, plannedSessionId: string | null): Promise<GateFacts> {
  const [consultation, screening, clearances, consents, course, safetyPlan, touch, flags] = await Promise.all([
    db
      .selectFrom('consultations')
      .select('decision')
      .where('client_id', '=', clientId)
      .where('status', '=', 'signed')
      .orderBy('signed_at', 'desc')
      .executeTakeFirst(),
    db.selectFrom('medical_screenings').select('recorded_at').where('client_id', '=', clientId).orderBy('recorded_at').executeTakeFirst(),
    db.selectFrom('medical_clearances').selectAll().where('client_id', '=', clientId).execute(),
    consentStanding(db, clientId),
    currentCourseRow(db, clientId),
    singletonRecordId(db, clientId, 'safety_plan'),
    singletonRecordId(db, clientId, 'touch_preferences'),
    listFlags(db, { openOnly: true, clientId }),
  ]);
  return {
    consultation: consultation ? { decision: consultation.decision } : null,
    screeningRecordedAt: screening?.recorded_at ?? null,
    clearances: clearances.map((c) => ({
      clearedOn: c.cleared_on,
      validUntil: c.valid_until,
      withdrawnAt: c.withdrawn_at,
      recordedAt: c.recorded_at,
    })),
    requiredConsents: consents
      .filter((c) => c.required)
      .map((c) => ({ key: c.key, title: c.title, currentVersion: c.currentVersion, signedVersion: c.signedVersion })),
    preparationCompletedAt: course?.preparation_completed_at ?? null,
    hasSafetyPlan: safetyPlan !== undefined,
    hasTouchPreferences: touch !== undefined,
    openSafetyFlags: flags.map((f) => ({ id: f.id, label: presentFlag(f).kindLabel })),
    plannedSession: plannedSessionId
      ? { id: plannedSessionId, confirmed: await confirmedItems(db, plannedSessionId), overrides: await overridesOf(db, plannedSessionId) }
      : null,
  };
}
