import type { Kysely } from 'kysely';
import type { PlannedSessionView } from '../../contracts/readiness.contracts.js';
import type { Database } from '../../db/schema.js';
import { READINESS_ITEMS } from '../../domain/preparation/vocabulary.js';
import type { Booking } from '../../domain/scheduling/overlap.js';
import { utcToZoned } from '../../domain/time/zoned-time.js';
import { overridesOf, sessionGate } from '../readiness/index.js';

export type SessionRow = Database['planned_sessions'];

export function findSessionRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('planned_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

async function staffOf(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('planned_session_staff')
    .innerJoin('users', 'users.id', 'planned_session_staff.user_id')
    .select(['planned_session_id', 'user_id', 'role', 'users.display_name'])
    .where('planned_session_id', 'in', ids)
    .execute();
}

/** Sessions still to be held that overlap a span, with everyone who will be there: the clash check's input. */
export async function bookingsOverlapping(db: Kysely<Database>, span: { startsAt: string; endsAt: string }): Promise<Booking[]> {
  const rows = await db
    .selectFrom('planned_sessions')
    .select(['id', 'starts_at', 'ends_at', 'room'])
    .where('status', 'in', ['planned', 'started'])
    .where('starts_at', '<', span.endsAt)
    .where('ends_at', '>', span.startsAt)
    .execute();
  const staff = await staffOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
    room: r.room,
    clinicianIds: staff.filter((s) => s.planned_session_id === r.id).map((s) => s.user_id),
  }));
}

async function confirmationsOf(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('readiness_confirmations')
    .innerJoin('users', 'users.id', 'readiness_confirmations.confirmed_by')
    .select(['item', 'channel', 'note', 'confirmed_at', 'users.display_name'])
    .where('planned_session_id', '=', id)
    .orderBy('confirmed_at')
    .execute();
}

/** A planned session as every screen shows it: local times, who is there, readiness, overrides and the gate. */
export async function presentSession(db: Kysely<Database>, row: SessionRow, timeZone: string): Promise<PlannedSessionView> {
  const [staff, confirmations, overrides, client, canceller, gate] = await Promise.all([
    staffOf(db, [row.id]),
    confirmationsOf(db, row.id),
    overridesOf(db, row.id),
    db.selectFrom('clients').select(['legal_name', 'preferred_name']).where('id', '=', row.client_id).executeTakeFirstOrThrow(),
    row.cancelled_by ? db.selectFrom('users').select('display_name').where('id', '=', row.cancelled_by).executeTakeFirst() : undefined,
    sessionGate(db, row, timeZone),
  ]);
  const person = (role: string) => staff.filter((s) => s.role === role).map((s) => ({ id: s.user_id, name: s.display_name }));
  const start = utcToZoned(row.starts_at, timeZone);
  const end = utcToZoned(row.ends_at, timeZone);
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: client.preferred_name ? `${client.preferred_name} (${client.legal_name})` : client.legal_name,
    status: row.status,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    localDate: start.date,
    localStartTime: start.time,
    localEndTime: end.time,
    timeZone,
    expectedMinutes: row.expected_minutes,
    therapist: person('therapist')[0] ?? { id: '', name: '' },
    prescriber: person('prescriber')[0] ?? { id: '', name: '' },
    prescriberPresence: row.prescriber_presence,
    coFacilitators: person('co_facilitator'),
    room: row.room,
    readiness: READINESS_ITEMS.map((item) => {
      const c = confirmations.find((x) => x.item === item.code);
      return {
        item: item.code,
        label: item.label,
        confirmation: c ? { channel: c.channel, byName: c.display_name, at: c.confirmed_at, note: c.note } : null,
      };
    }),
    overrides,
    gate,
    cancellation:
      row.cancelled_at && canceller
        ? { at: row.cancelled_at, byName: canceller.display_name, reason: row.cancellation_reason ?? '' }
        : null,
  };
}

export async function rolesOfUsers(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; roles: string[] }>();
  const rows = await db
    .selectFrom('users')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.status', 'user_roles.role'])
    .where('users.id', 'in', ids)
    .where('users.status', '=', 'active')
    .execute();
  const map = new Map<string, { name: string; roles: string[] }>();
  for (const r of rows) {
    const entry = map.get(r.id) ?? { name: r.display_name, roles: [] };
    if (r.role) entry.roles.push(r.role);
    map.set(r.id, entry);
  }
  return map;
}
