import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

const SETTINGS_ID = 'practice';

/** No row yet: two-factor sign-in is required for staff (the safe default). */
export async function staffTwoFactorRequired(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('account_settings').select('staff_two_factor').where('id', '=', SETTINGS_ID).executeTakeFirst();
  return row ? Number(row.staff_two_factor) === 1 : true;
}

export async function saveStaffTwoFactor(db: Kysely<Database>, required: boolean, by: string | null, at: string): Promise<void> {
  const values = { staff_two_factor: required ? 1 : 0, updated_at: at, updated_by: by };
  await db
    .insertInto('account_settings')
    .values({ id: SETTINGS_ID, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export interface TwoFactorState {
  secret: string | null;
  pendingSecret: string | null;
  enrolledAt: string | null;
  lastStep: number | null;
  shortName: string | null;
}

export async function twoFactorStateOf(db: Kysely<Database>, userId: string): Promise<TwoFactorState | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['totp_secret', 'totp_pending_secret', 'totp_enrolled_at', 'totp_last_step', 'short_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    secret: row.totp_secret,
    pendingSecret: row.totp_pending_secret,
    enrolledAt: row.totp_enrolled_at,
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    shortName: row.short_name,
  };
}

export async function setPendingSecret(db: Kysely<Database>, userId: string, secret: string, at: string): Promise<void> {
  await db.updateTable('users').set({ totp_pending_secret: secret, updated_at: at }).where('id', '=', userId).execute();
}

/** The pending secret becomes the secret, with the step of the code that proved it already used. */
export async function confirmSecret(db: Kysely<Database>, userId: string, secret: string, step: number, at: string): Promise<boolean> {
  const done = await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_enrolled_at: at, totp_last_step: step, updated_at: at })
    .where('id', '=', userId)
    .where('totp_pending_secret', '=', secret)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function removeSecret(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enrolled_at: null, totp_last_step: null, updated_at: at })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

/**
 * Takes a time step as used, in one conditional statement: two requests carrying the same code at once
 * cannot both pass, because only one of them moves the last step forward.
 */
export async function takeTimeStep(db: Kysely<Database>, userId: string, step: number): Promise<boolean> {
  const done = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where('totp_secret', 'is not', null)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(
  db: Kysely<Database>,
  userId: string,
  codes: { id: string; hash: string }[],
  at: string,
): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ id: c.id, user_id: userId, code_hash: c.hash, created_at: at, used_at: null })))
    .execute();
}

/** Uses a recovery code up: only one request can, and never twice. */
export async function takeRecoveryCode(db: Kysely<Database>, userId: string, hash: string, at: string): Promise<boolean> {
  const done = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function countRecoveryCodesLeft(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(
  db: Kysely<Database>,
  challenge: { id: string; userId: string; purpose: 'verify' | 'enrol'; at: string; expiresAt: string },
): Promise<void> {
  // One half-finished sign-in per person: an older challenge stops working.
  await db
    .updateTable('sign_in_challenges')
    .set({ used_at: challenge.at })
    .where('user_id', '=', challenge.userId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('sign_in_challenges')
    .values({
      id: challenge.id,
      user_id: challenge.userId,
      purpose: challenge.purpose,
      created_at: challenge.at,
      expires_at: challenge.expiresAt,
      used_at: null,
    })
    .execute();
}

export async function findOpenChallenge(db: Kysely<Database>, id: string, now: string) {
  return db
    .selectFrom('sign_in_challenges')
    .selectAll()
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Counts a try against the challenge first; past the limit the challenge is spent. */
export async function countChallengeAttempt(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db
    .updateTable('sign_in_challenges')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirst();
  return Number(row?.attempts ?? Number.POSITIVE_INFINITY);
}

export async function closeChallenge(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const done = await db
    .updateTable('sign_in_challenges')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: { id: string; userId: string; tokenHash: string; by: string; at: string; expiresAt: string },
): Promise<void> {
  // Only the newest link works.
  await db
    .updateTable('password_resets')
    .set({ revoked_at: reset.at })
    .where('user_id', '=', reset.userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  await db
    .insertInto('password_resets')
    .values({
      id: reset.id,
      user_id: reset.userId,
      token_hash: reset.tokenHash,
      created_by: reset.by,
      created_at: reset.at,
      expires_at: reset.expiresAt,
      used_at: null,
      revoked_at: null,
    })
    .execute();
}

export async function findOpenPasswordReset(db: Kysely<Database>, tokenHash: string, now: string) {
  return db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['password_resets.id', 'password_resets.user_id', 'users.email', 'users.display_name', 'users.status', 'users.client_id'])
    .where('password_resets.token_hash', '=', tokenHash)
    .where('password_resets.used_at', 'is', null)
    .where('password_resets.revoked_at', 'is', null)
    .where('password_resets.expires_at', '>', now)
    .executeTakeFirst();
}

/** Claims the link with a conditional update, so two clicks cannot both set a password. */
export async function claimPasswordReset(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const done = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function setPasswordHash(db: Kysely<Database>, userId: string, passwordHash: string, at: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', userId).execute();
}

export async function setShortName(db: Kysely<Database>, userId: string, shortName: string | null, at: string): Promise<void> {
  await db.updateTable('users').set({ short_name: shortName, updated_at: at }).where('id', '=', userId).execute();
}

export async function setDisplayName(db: Kysely<Database>, userId: string, displayName: string, at: string): Promise<void> {
  await db.updateTable('users').set({ display_name: displayName, updated_at: at }).where('id', '=', userId).execute();
}

/**
 * Whether another staff member already goes by this name (display or short name), compared without case
 * or spacing: nobody may appear in the app as someone else.
 */
export async function nameTakenByOtherStaff(db: Kysely<Database>, name: string, exceptUserId: string | null): Promise<boolean> {
  const wanted = normalizeName(name);
  let query = db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.short_name'])
    .where('user_roles.role', '!=', 'client');
  if (exceptUserId) query = query.where('users.id', '!=', exceptUserId);
  const rows = await query.execute();
  return rows.some((r) => normalizeName(r.display_name) === wanted || (r.short_name !== null && normalizeName(r.short_name) === wanted));
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim();
}

export async function findPortalUserOfClient(db: Kysely<Database>, clientId: string) {
  return db.selectFrom('users').select(['id', 'email', 'display_name', 'status']).where('client_id', '=', clientId).executeTakeFirst();
}
