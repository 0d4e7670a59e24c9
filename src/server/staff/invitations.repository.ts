import type { Kysely } from 'kysely';
import type { Invitation } from '../../contracts/staff.contracts.js';
import type { Database, InvitationsTable } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';

export const INVITATION_LIFETIME_HOURS = 72;

export function invitationState(row: InvitationsTable, now: Date): Invitation['state'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expires_at <= now.toISOString()) return 'expired';
  return 'open';
}

export function presentInvitation(row: InvitationsTable & { invited_by_name: string }, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles.split(',') as Role[],
    invitedBy: row.invited_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    state: invitationState(row, now),
  };
}

export function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function listInvitations(db: Kysely<Database>) {
  return db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select('users.display_name as invited_by_name')
    .orderBy('invitations.created_at', 'desc')
    .limit(200)
    .execute();
}

export async function findInvitationWithInviter(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select('users.display_name as invited_by_name')
    .where('invitations.id', '=', id)
    .executeTakeFirst();
}

/** A new invitation for an email replaces any open one, so only the newest link works. */
export async function revokeOpenInvitationsFor(db: Kysely<Database>, email: string, at: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}
