import { type Kysely, sql } from 'kysely';
import type { Client, ClientDetails, ClientListQuery } from '../../contracts/clients.contracts.js';
import { fixedShape } from '../../db/fixed-shape.js';
import type { ClientPhase, ClientsTable, Database } from '../../db/schema.js';

export function findClient(db: Kysely<Database>, id: string) {
  return db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The client and the roles this user holds on the client's care team, in one statement: every chart
 * request asks both before anything else, so they are one round trip (one row per care role comes back).
 */
/** Read in front of every chart request: compiled once (fixed-shape.ts). */
const clientWithCareRoles = fixedShape(['clientId', 'userId'], (db, v) =>
  db
    .selectFrom('clients')
    .leftJoin('care_team_members', (join) =>
      join.onRef('care_team_members.client_id', '=', 'clients.id').on('care_team_members.user_id', '=', v.userId),
    )
    .selectAll('clients')
    .select('care_team_members.role as care_role')
    .where('clients.id', '=', v.clientId),
);

export async function findClientWithCareRoles(db: Kysely<Database>, clientId: string, userId: string) {
  const { rows } = await clientWithCareRoles(db, { clientId, userId }).execute();
  const first = rows[0];
  if (!first) return undefined;
  const { care_role: _, ...client } = first;
  return { client, careRoles: rows.flatMap((r) => (r.care_role === null ? [] : [r.care_role])) };
}

export function detailsColumns(details: ClientDetails) {
  return {
    legal_name: details.legalName,
    preferred_name: details.preferredName,
    pronouns: details.pronouns,
    date_of_birth: details.dateOfBirth,
    email: details.email?.toLowerCase() ?? null,
    phone: details.phone,
    address: details.address,
    emergency_contact_name: details.emergencyContactName,
    emergency_contact_phone: details.emergencyContactPhone,
    emergency_contact_relationship: details.emergencyContactRelationship,
    support_person_name: details.supportPersonName,
    support_person_phone: details.supportPersonPhone,
    support_person_relationship: details.supportPersonRelationship,
  };
}

export function detailsFromRow(row: ClientsTable): ClientDetails {
  return {
    legalName: row.legal_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    address: row.address,
    emergencyContactName: row.emergency_contact_name,
    emergencyContactPhone: row.emergency_contact_phone,
    emergencyContactRelationship: row.emergency_contact_relationship,
    supportPersonName: row.support_person_name,
    supportPersonPhone: row.support_person_phone,
    supportPersonRelationship: row.support_person_relationship,
  };
}

export async function insertClient(db: Kysely<Database>, row: ClientsTable): Promise<void> {
  await db.insertInto('clients').values(row).execute();
}

export async function recordPhaseChange(
  db: Kysely<Database>,
  change: { id: string; clientId: string; from: ClientPhase | null; to: ClientPhase; reason: string | null; by: string; at: string },
): Promise<void> {
  await db
    .insertInto('client_phase_changes')
    .values({
      id: change.id,
      client_id: change.clientId,
      from_phase: change.from,
      to_phase: change.to,
      reason: change.reason,
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
  if (change.from !== null) {
    await db.updateTable('clients').set({ phase: change.to, updated_at: change.at }).where('id', '=', change.clientId).execute();
  }
}

export function phaseHistory(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('client_phase_changes')
    .innerJoin('users', 'users.id', 'client_phase_changes.changed_by')
    .select(['from_phase', 'to_phase', 'reason', 'changed_at', 'users.display_name as changed_by_name'])
    .where('client_phase_changes.client_id', '=', clientId)
    .orderBy('changed_at')
    .orderBy('client_phase_changes.id')
    .execute();
}

/** Clients this person may see (all for an admin, their care team's otherwise), with flag counts. */
export function listVisibleClients(db: Kysely<Database>, viewer: { userId: string; isAdmin: boolean }, query: ClientListQuery) {
  let q = db
    .selectFrom('clients')
    .selectAll('clients')
    .select((eb) => [
      eb
        .selectFrom('safety_flags')
        .whereRef('safety_flags.client_id', '=', 'clients.id')
        .where('safety_flags.acknowledged_at', 'is', null)
        .select((f) => f.fn.countAll<number>().as('n'))
        .as('open_flags'),
      eb
        .selectFrom('safety_flags')
        .whereRef('safety_flags.client_id', '=', 'clients.id')
        .where('safety_flags.acknowledged_at', 'is', null)
        .where('safety_flags.urgency', '=', 'urgent')
        .select((f) => f.fn.countAll<number>().as('n'))
        .as('urgent_flags'),
      eb
        .selectFrom('measure_responses')
        .whereRef('measure_responses.client_id', '=', 'clients.id')
        .select((m) => m.fn.max('measure_responses.completed_at').as('last'))
        .as('last_measure_at'),
    ]);
  if (!viewer.isAdmin) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team_members')
          .whereRef('care_team_members.client_id', '=', 'clients.id')
          .where('care_team_members.user_id', '=', viewer.userId)
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['legal_name']), 'like', like),
        eb(eb.fn('lower', ['preferred_name']), 'like', like),
        eb(eb.fn('lower', ['email']), 'like', like),
      ]),
    );
  }
  if (query.phase) q = q.where('phase', '=', query.phase);
  if (query.therapistId) {
    const therapistId = query.therapistId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team_members')
          .whereRef('care_team_members.client_id', '=', 'clients.id')
          .where('care_team_members.user_id', '=', therapistId)
          .where('care_team_members.role', '=', 'therapist')
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  if (query.flagged) {
    const urgentOnly = query.flagged === 'urgent';
    q = q.where((eb) => {
      let flags = eb
        .selectFrom('safety_flags')
        .whereRef('safety_flags.client_id', '=', 'clients.id')
        .where('safety_flags.acknowledged_at', 'is', null);
      if (urgentOnly) flags = flags.where('safety_flags.urgency', '=', 'urgent');
      return eb.exists(flags.select(sql.lit(1).as('one')));
    });
  }
  return q.orderBy('legal_name').orderBy('id').limit(500).execute();
}

/** Whether the client has a portal account, or an invitation to one still open. */
export async function portalAccount(db: Kysely<Database>, clientId: string): Promise<Client['portal']> {
  const user = await db.selectFrom('users').select(['email', 'status']).where('client_id', '=', clientId).executeTakeFirst();
  if (user) return { state: user.status === 'active' ? 'active' : 'deactivated', email: user.email, invitedAt: null };
  const invitation = await db
    .selectFrom('invitations')
    .select(['email', 'created_at', 'expires_at'])
    .where('client_id', '=', clientId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (invitation) return { state: 'invited', email: invitation.email, invitedAt: invitation.created_at };
  return { state: 'none', email: null, invitedAt: null };
}
