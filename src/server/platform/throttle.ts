import { sql } from 'kysely';
import type { Tx } from './deps.js';

export interface ThrottleRule {
  /** How many counted events a key may have in one window. */
  limit: number;
  windowMinutes: number;
}

export interface ThrottleLimits {
  /** Failed sign-ins for one account from one address: the lock a stranger can only put on themselves. */
  signInPerAccount: ThrottleRule;
  signInPerAddress: ThrottleRule;
  /** A slower limit for one account from every address together, against guessing spread over many addresses. */
  signInAccountBackstop: ThrottleRule;
  enquiryPerAddress: ThrottleRule;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  signInPerAccount: { limit: 5, windowMinutes: 15 },
  signInPerAddress: { limit: 20, windowMinutes: 15 },
  signInAccountBackstop: { limit: 50, windowMinutes: 60 },
  enquiryPerAddress: { limit: 5, windowMinutes: 60 },
};

function windowStart(now: Date, rule: ThrottleRule): string {
  return new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
}

/**
 * Counts an attempt first and answers whether it is within the limit, in one statement: the upsert takes
 * the row's lock, so concurrent attempts each see the ones before them and no more than `limit` get through.
 */
export async function takeAttempt(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const expired = windowStart(now, rule);
  const row = await tx.db
    .insertInto('throttle')
    .values({ key, window_started_at: at, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when throttle.window_started_at <= ${expired} then 1 else throttle.count + 1 end`,
        window_started_at: sql<string>`case when throttle.window_started_at <= ${expired} then ${at} else throttle.window_started_at end`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count) <= rule.limit;
}

/** Gives back an attempt that turned out not to count (a sign-in that succeeded). */
export async function releaseAttempt(tx: Tx, key: string): Promise<void> {
  await tx.db
    .updateTable('throttle')
    .set({ count: sql<number>`case when count > 0 then count - 1 else 0 end` })
    .where('key', '=', key)
    .execute();
}

export async function clearAttempts(tx: Tx, key: string): Promise<void> {
  await tx.db.deleteFrom('throttle').where('key', '=', key).execute();
}

export function retryAfterSeconds(rule: ThrottleRule): number {
  return rule.windowMinutes * 60;
}
