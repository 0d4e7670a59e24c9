import { sql } from 'kysely';
import type { Tx } from './deps.js';

export interface ThrottleRule {
  /** How many counted events a key may have in one window. */
  limit: number;
  windowMinutes: number;
}

export interface ThrottleLimits {
  signInPerAccount: ThrottleRule;
  signInPerAddress: ThrottleRule;
  enquiryPerAddress: ThrottleRule;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  signInPerAccount: { limit: 5, windowMinutes: 15 },
  signInPerAddress: { limit: 20, windowMinutes: 15 },
  enquiryPerAddress: { limit: 5, windowMinutes: 60 },
};

function windowStart(now: Date, rule: ThrottleRule): string {
  return new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
}

/** Kept in the database, so the limit holds across every app server. */
export async function isThrottled(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const row = await tx.db.selectFrom('throttle').select(['count', 'window_started_at']).where('key', '=', key).executeTakeFirst();
  if (!row || row.window_started_at <= windowStart(now, rule)) return false;
  return row.count >= rule.limit;
}

export async function countAttempt(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const at = now.toISOString();
  const expired = windowStart(now, rule);
  await tx.db
    .insertInto('throttle')
    .values({ key, window_started_at: at, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when throttle.window_started_at <= ${expired} then 1 else throttle.count + 1 end`,
        window_started_at: sql<string>`case when throttle.window_started_at <= ${expired} then ${at} else throttle.window_started_at end`,
      }),
    )
    .execute();
}

export async function clearAttempts(tx: Tx, key: string): Promise<void> {
  await tx.db.deleteFrom('throttle').where('key', '=', key).execute();
}

export function retryAfterSeconds(rule: ThrottleRule): number {
  return rule.windowMinutes * 60;
}
