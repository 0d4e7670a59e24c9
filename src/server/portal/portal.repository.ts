import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function findAssignment(db: Kysely<Database>, id: string) {
  return db.selectFrom('measure_assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function clientNames(db: Kysely<Database>, clientId: string) {
  return db.selectFrom('clients').select(['legal_name', 'preferred_name']).where('id', '=', clientId).executeTakeFirstOrThrow();
}

export function openAssignmentsOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('measure_assignments')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('status', '=', 'open')
    .orderBy('assigned_at')
    .execute();
}

export function recentResponsesOf(db: Kysely<Database>, clientId: string, limit: number) {
  return db
    .selectFrom('measure_responses')
    .select(['id', 'instrument_id', 'completed_at'])
    .where('client_id', '=', clientId)
    .orderBy('completed_at', 'desc')
    .limit(limit)
    .execute();
}

export function therapistNameOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('care_team_members')
    .innerJoin('users', 'users.id', 'care_team_members.user_id')
    .select('users.display_name')
    .where('care_team_members.client_id', '=', clientId)
    .where('care_team_members.role', '=', 'therapist')
    .executeTakeFirst();
}

/** The client's questionnaires started and not yet sent, to say "continue" on the portal home. */
export function openDraftsOf(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('measure_drafts')
    .select(['assignment_id', 'answers'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'open')
    .where('assignment_id', 'is not', null)
    .execute();
}
