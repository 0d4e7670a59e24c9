import { createHash } from 'node:crypto';
import { type CompiledQuery, type Kysely, PostgresAdapter } from 'kysely';
import { fixedShape } from '../../db/fixed-shape.js';
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
 * Takes the session's row lock for the rest of the transaction, so two batches for one session are applied
 * one after the other on every app server. On PostgreSQL a `FOR NO KEY UPDATE` locks without writing a new
 * row version (an UPDATE would copy the row once more per batch; decision 0040); SQLite has one writer and
 * runs the transactions of a group one after another anyway. Not the context: the writer reads it only when
 * its timeline is not in memory (loadContext).
 */
const LOCKED_COLUMNS = ['id', 'client_id', 'status', 'entry_count', 'first_dose_at', 'discharged_at', 'discharged_by'] as const;

const lockSession = fixedShape(['id'], (db, v) => {
  const query = db.selectFrom('ketamine_sessions').select(LOCKED_COLUMNS).where('id', '=', v.id);
  return db.getExecutor().adapter instanceof PostgresAdapter ? query.forNoKeyUpdate() : query;
});

export async function lockSessionRow(db: Kysely<Database>, id: string) {
  const [row] = (await lockSession(db, { id }).execute()).rows;
  return row;
}

export type LockedSessionRow = NonNullable<Awaited<ReturnType<typeof lockSessionRow>>>;

export async function loadContext(db: Kysely<Database>, id: string): Promise<StoredContext> {
  const row = await db.selectFrom('ketamine_sessions').select('context').where('id', '=', id).executeTakeFirstOrThrow();
  return fromJsonColumn<StoredContext>(row.context);
}

/** After a batch that changed no dose, alert or discharge: only the count (and the time of the change) moves. */
export function countEntries(db: Kysely<Database>, id: string, entryCount: number, at: string) {
  return setEntryCount(db, { id, entryCount, at });
}

const setEntryCount = fixedShape(['id', 'entryCount', 'at'], (db, v) =>
  db.updateTable('ketamine_sessions').set({ entry_count: v.entryCount, updated_at: v.at }).where('id', '=', v.id),
);

/**
 * The stored timeline as it was accepted, without checking each entry again: every stored entry passed the
 * rules when it arrived, and re-checking in sorted order could refuse one that was applied in batch order.
 * `fingerprint` holds the stored body hash; the writer compares hashes for an id it has seen.
 */
export async function loadAccepted(db: Kysely<Database>, sessionId: string): Promise<AcceptedEvent[]> {
  const rows = await db
    .selectFrom('session_entries')
    .select(['id', 'kind', 'body', 'body_hash', 'author_id', 'device_time', 'clock_offset_ms', 'server_time', 'occurred_at', 'time_source'])
    .where('session_id', '=', sessionId)
    .orderBy('server_time')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    event: {
      id: r.id,
      sessionId,
      authorId: r.author_id,
      deviceTime: r.device_time,
      clockOffsetMs: Number(r.clock_offset_ms),
      serverTime: r.server_time,
      kind: r.kind as EntryKind,
      body: fromJsonColumn(r.body),
    } as SessionEvent,
    occurredAt: r.occurred_at,
    timeSource: r.time_source,
    fingerprint: r.body_hash,
  }));
}

export const bodyHash = (event: SessionEvent) => createHash('sha256').update(fingerprint(event)).digest('hex');

/** False when the id is already taken (by another session's entry): the caller answers a conflict. */
const ENTRY_COLUMNS = [
  'id',
  'session_id',
  'kind',
  'body',
  'body_hash',
  'author_id',
  'device_time',
  'clock_offset_ms',
  'server_time',
  'occurred_at',
  'time_source',
  'target_id',
] as const;

const insertEntryRow = fixedShape(ENTRY_COLUMNS, (db, v) => db.insertInto('session_entries').values(v));
const insertEntryRowUnlessTaken = fixedShape(ENTRY_COLUMNS, (db, v) =>
  db
    .insertInto('session_entries')
    .values(v)
    .onConflict((oc) => oc.column('id').doNothing()),
);

function entryColumns(accepted: AcceptedEvent, hash: string) {
  const e = accepted.event;
  return {
    id: e.id,
    session_id: e.sessionId,
    kind: e.kind,
    body: toJsonColumn(e.body),
    body_hash: hash,
    author_id: e.authorId,
    device_time: new Date(e.deviceTime).toISOString(),
    clock_offset_ms: e.clockOffsetMs,
    server_time: e.serverTime!,
    occurred_at: accepted.occurredAt,
    time_source: accepted.timeSource,
    target_id: e.kind === 'edit' || e.kind === 'amendment' ? e.body.targetId : null,
  };
}

/** The plain insert of one accepted entry: an id already taken fails it (see insertEntry for the checked one). */
export function entryInsert(db: Kysely<Database>, accepted: AcceptedEvent, hash: string) {
  return insertEntryRow(db, entryColumns(accepted, hash));
}

/** Inserts the entry unless its id is already taken (by another session's entry); answers whether it did. */
export async function insertEntry(db: Kysely<Database>, accepted: AcceptedEvent, hash: string): Promise<boolean> {
  const result = await insertEntryRowUnlessTaken(db, entryColumns(accepted, hash)).execute();
  return Number(result.numAffectedRows ?? 0) === 1;
}

export interface ProjectionChanges {
  alerts: boolean;
  doses: boolean;
  entryCount: number;
  dischargedBy: string | null;
  /** Alert id → the entry that acknowledged it. */
  acknowledgements: ReadonlyMap<string, string>;
}

/**
 * Brings the projections (session row, alerts, doses) in line with the timeline after a batch, touching
 * only what the batch could change. Returns the ids of alerts raised or changed, so the devices are told.
 */
/**
 * `send` runs the session row's own update, whose answer nothing reads: the use case passes `tx.withCommit`
 * so on PostgreSQL it travels with the COMMIT (decision 0036).
 */
export async function syncProjections(
  db: Kysely<Database>,
  row: { id: string },
  view: SessionView,
  at: string,
  c: ProjectionChanges,
  send: (query: { compile(): CompiledQuery; execute(): Promise<unknown> }) => Promise<unknown> = (query) => query.execute(),
) {
  const changed = c.alerts ? await syncAlerts(db, row.id, view, c.acknowledgements) : [];
  if (c.doses) await syncDoses(db, row.id, view);
  const discharged = view.discharged;
  await send(
    db
      .updateTable('ketamine_sessions')
      .set({
        status: view.status,
        first_dose_at: view.firstDoseAt,
        discharged_at: discharged?.at ?? null,
        discharged_by: discharged ? c.dischargedBy : null,
        entry_count: c.entryCount,
        updated_at: at,
      })
      .where('id', '=', row.id),
  );
  return changed;
}

async function syncAlerts(
  db: Kysely<Database>,
  sessionId: string,
  view: SessionView,
  acknowledgements: ReadonlyMap<string, string>,
): Promise<string[]> {
  const changed: string[] = [];
  if (view.alerts.length === 0) return changed;
  const existing = new Map(
    (await db.selectFrom('session_alerts').selectAll().where('session_id', '=', sessionId).execute()).map((a) => [a.id, a]),
  );
  for (const alert of view.alerts) {
    const recheck = alert.recheck;
    const values = {
      recheck_due_at: recheck?.dueAt ?? null,
      recheck_entry_id: recheck && 'recheckId' in recheck ? recheck.recheckId : null,
      recheck_outcome: recheck && (recheck.status === 'confirmed' || recheck.status === 'not_confirmed') ? recheck.status : null,
      acknowledged_at: alert.acknowledged?.at ?? null,
      acknowledged_by: alert.acknowledged?.by ?? null,
      acknowledgement_entry_id: alert.acknowledged ? (acknowledgements.get(alert.id) ?? null) : null,
    };
    const before = existing.get(alert.id);
    if (!before) {
      await db
        .insertInto('session_alerts')
        .values({
          id: alert.id,
          session_id: sessionId,
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

/** The row locks of several sessions at once, taken in id order (so two such groups cannot deadlock). PostgreSQL. */
export function lockSessionRows(db: Kysely<Database>, ids: string[]) {
  return db.selectFrom('ketamine_sessions').select(LOCKED_COLUMNS).where('id', 'in', ids).orderBy('id').forNoKeyUpdate().execute();
}
