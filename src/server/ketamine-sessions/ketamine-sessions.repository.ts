import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import type { EntryKind, SessionEvent } from '../../domain/session/entries.js';
import type { SessionView } from '../../domain/session/session-view.js';
import { type AcceptedEvent, fingerprint, type SessionContext } from '../../domain/session/timeline-state.js';

/** What `ketamine_sessions.context` holds: the rules' context, and what the console shows at a glance. */
export interface StoredContext extends SessionContext {
  plannedSessionId: string;
  clientId: string;
  /** Care-team member ids at opening: who may be named as having given a medicine. */
  careTeamIds: string[];
  atAGlance: AtAGlance;
}

export interface AtAGlance {
  intentions: { id: string; kind: string; text: string }[];
  touch: {
    consentedTouch: string[];
    otherTouch: string;
    neverTouch: string;
    groundingCues: string;
    wordsToAvoid: string;
    signals: { signal: string; meaning: string }[];
  } | null;
  groundingTools: { id: string; kind: string; name: string; howToUse: string }[];
  readiness: { holds: boolean; overridden: string[] };
}

export function findSessionRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('ketamine_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionRow>>>;

export const contextOf = (row: SessionRow) => fromJsonColumn<StoredContext>(row.context);

/**
 * Takes the session's row lock for the rest of the transaction (an UPDATE locks on PostgreSQL; SQLite
 * has one writer anyway), so two batches for one session are applied one after the other.
 */
export async function lockSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('ketamine_sessions').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function loadEvents(db: Kysely<Database>, sessionId: string): Promise<SessionEvent[]> {
  const rows = await db
    .selectFrom('session_entries')
    .select(['id', 'kind', 'body', 'author_id', 'device_time', 'clock_offset_ms', 'server_time'])
    .where('session_id', '=', sessionId)
    .orderBy('server_time')
    .orderBy('id')
    .execute();
  return rows.map(
    (r) =>
      ({
        id: r.id,
        sessionId,
        authorId: r.author_id,
        deviceTime: r.device_time,
        clockOffsetMs: Number(r.clock_offset_ms),
        serverTime: r.server_time,
        kind: r.kind as EntryKind,
        body: fromJsonColumn(r.body),
      }) as SessionEvent,
  );
}

/** Ids among these that belong to another session: a reused id there is a conflict here, never a move. */
export async function idsElsewhere(db: Kysely<Database>, sessionId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('session_entries').select('id').where('id', 'in', ids).where('session_id', '!=', sessionId).execute();
  return new Set(rows.map((r) => r.id));
}

export const bodyHash = (event: SessionEvent) => createHash('sha256').update(fingerprint(event)).digest('hex');

export async function insertEntry(db: Kysely<Database>, accepted: AcceptedEvent): Promise<void> {
  const e = accepted.event;
  const target = e.kind === 'edit' || e.kind === 'amendment' ? e.body.targetId : null;
  await db
    .insertInto('session_entries')
    .values({
      id: e.id,
      session_id: e.sessionId,
      kind: e.kind,
      body: toJsonColumn(e.body),
      body_hash: bodyHash(e),
      author_id: e.authorId,
      device_time: new Date(e.deviceTime).toISOString(),
      clock_offset_ms: e.clockOffsetMs,
      server_time: e.serverTime!,
      occurred_at: accepted.occurredAt,
      time_source: accepted.timeSource,
      target_id: target,
    })
    .execute();
}

/**
 * Brings the projections (session row, alerts, doses) in line with the timeline after a batch. Returns the
 * ids of alerts raised or acknowledged by it, so the devices are told.
 */
export async function syncProjections(
  db: Kysely<Database>,
  row: SessionRow,
  view: SessionView,
  at: string,
  dischargedBy: string | null,
): Promise<string[]> {
  const changed: string[] = [];
  const existing = new Map(
    (await db.selectFrom('session_alerts').selectAll().where('session_id', '=', row.id).execute()).map((a) => [a.id, a]),
  );
  for (const alert of view.alerts) {
    const recheck = alert.recheck;
    const values = {
      recheck_due_at: recheck?.dueAt ?? null,
      recheck_entry_id: recheck && 'recheckId' in recheck ? recheck.recheckId : null,
      recheck_outcome: recheck && (recheck.status === 'confirmed' || recheck.status === 'not_confirmed') ? recheck.status : null,
      acknowledged_at: alert.acknowledged?.at ?? null,
      acknowledged_by: alert.acknowledged?.by ?? null,
      acknowledgement_entry_id: null,
    };
    const before = existing.get(alert.id);
    if (!before) {
      await db
        .insertInto('session_alerts')
        .values({
          id: alert.id,
          session_id: row.id,
          reading_entry_id: alert.readingId,
          code: alert.code,
          raised_at: alert.raisedAt,
          ...values,
        })
        .execute();
      changed.push(alert.id);
    } else if (before.acknowledged_at === null) {
      const differs =
        before.recheck_entry_id !== values.recheck_entry_id || before.recheck_outcome !== values.recheck_outcome || values.acknowledged_at;
      if (differs) {
        await db.updateTable('session_alerts').set(values).where('id', '=', alert.id).execute();
        changed.push(alert.id);
      }
    }
  }
  await syncDoses(db, row.id, view);
  const discharged = view.discharged;
  await db
    .updateTable('ketamine_sessions')
    .set({
      status: view.status,
      first_dose_at: view.firstDoseAt,
      discharged_at: discharged?.at ?? null,
      discharged_by: discharged ? dischargedBy : null,
      updated_at: at,
    })
    .where('id', '=', row.id)
    .execute();
  return changed;
}

async function syncDoses(db: Kysely<Database>, sessionId: string, view: SessionView): Promise<void> {
  const have = new Map(
    (await db.selectFrom('session_doses').selectAll().where('session_id', '=', sessionId).execute()).map((d) => [d.id, d]),
  );
  const rows = [
    ...view.doses.map(({ id, dose }) => ({
      id,
      dose_kind: 'session_medicine' as const,
      medicine: dose.medicine,
      mg: dose.mg,
      amount_text: `${dose.mg} mg`,
      route: dose.route,
      administered_at: dose.administeredAt,
      administered_by: dose.administeredBy,
      ordered_by: dose.orderedBy,
      lot: dose.lot,
      reason: '',
    })),
    ...view.prnMedicines.map(({ id, prn }) => ({
      id,
      dose_kind: 'prn' as const,
      medicine: prn.medicine,
      mg: null,
      amount_text: prn.amount,
      route: prn.route,
      administered_at: prn.givenAt,
      administered_by: prn.administeredBy,
      ordered_by: prn.orderedBy,
      lot: '',
      reason: prn.reason,
    })),
  ];
  const current = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    if (!have.has(r.id))
      await db
        .insertInto('session_doses')
        .values({ ...r, session_id: sessionId, entered_in_error: 0 })
        .execute();
    else
      await db
        .updateTable('session_doses')
        .set({ ...r, entered_in_error: 0 })
        .where('id', '=', r.id)
        .execute();
  }
  // Amended as entered in error: the row stays, marked, since a dose record is never removed.
  for (const id of have.keys())
    if (!current.has(id)) await db.updateTable('session_doses').set({ entered_in_error: 1 }).where('id', '=', id).execute();
}

export async function userNames(db: Kysely<Database>, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function listSessionRows(db: Kysely<Database>, clientId: string) {
  return db.selectFrom('ketamine_sessions').selectAll().where('client_id', '=', clientId).orderBy('opened_at', 'desc').execute();
}
