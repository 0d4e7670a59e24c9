import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The few rows "at a glance" reads besides the session's own snapshot. */
export async function glanceRows(db: Kysely<Database>, input: { clientId: string; plannedSessionId: string }) {
  const [client, team, confirmations, overrides] = await Promise.all([
    db.selectFrom('clients').select(['preferred_name', 'legal_name']).where('id', '=', input.clientId).executeTakeFirst(),
    db
      .selectFrom('care_team_members')
      .innerJoin('users', 'users.id', 'care_team_members.user_id')
      .select(['care_team_members.user_id as id', 'users.display_name as name', 'care_team_members.role'])
      .where('care_team_members.client_id', '=', input.clientId)
      .orderBy('users.display_name')
      .execute(),
    db
      .selectFrom('readiness_confirmations')
      .leftJoin('users', 'users.id', 'readiness_confirmations.confirmed_by')
      .select([
        'readiness_confirmations.item',
        'readiness_confirmations.channel',
        'readiness_confirmations.note',
        'readiness_confirmations.confirmed_at',
        'users.display_name as byName',
      ])
      .where('readiness_confirmations.planned_session_id', '=', input.plannedSessionId)
      .orderBy('readiness_confirmations.confirmed_at')
      .execute(),
    db
      .selectFrom('gate_overrides')
      .leftJoin('users', 'users.id', 'gate_overrides.prescriber_id')
      .select(['gate_overrides.requirement', 'gate_overrides.reason', 'users.display_name as prescriberName'])
      .where('gate_overrides.planned_session_id', '=', input.plannedSessionId)
      .orderBy('gate_overrides.created_at')
      .execute(),
  ]);
  return { client, team, confirmations, overrides };
}
