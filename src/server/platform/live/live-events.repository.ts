import type { Kysely, Transaction } from 'kysely';
import { fromJsonColumn, toJsonColumn } from '../../../db/json-column.js';
import type { Database } from '../../../db/schema.js';
import type { LiveEvent, LiveMessage } from './live-bus.js';

/**
 * Numbers and stores the events of one transaction. The upsert on `live_topics` takes that topic's row
 * lock and holds it to commit, so a topic's events commit in the order of their numbers, with no gaps
 * (a rolled-back transaction takes its number back with it). Only writers to the same topic wait.
 * Topics are locked in name order (a stable sort keeps each topic's own order) so two transactions
 * publishing on the same two topics cannot deadlock.
 */
export async function storeLiveEvents(trx: Transaction<Database>, events: [string, LiveMessage][], at: string): Promise<LiveEvent[]> {
  const stored: LiveEvent[] = [];
  const inLockOrder = [...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [topic, message] of inLockOrder) {
    const { last_seq: seq } = await trx
      .insertInto('live_topics')
      .values({ topic, last_seq: 1, updated_at: at })
      .onConflict((oc) => oc.column('topic').doUpdateSet((eb) => ({ last_seq: eb('live_topics.last_seq', '+', 1), updated_at: at })))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('live_events')
      .values({ topic, seq: Number(seq), type: message.type, data: toJsonColumn(message.data), at })
      .execute();
    stored.push({ topic, seq: Number(seq), type: message.type, data: message.data, at });
  }
  return stored;
}

/** A topic's events after `since`, oldest first, at most `limit` of them. */
export async function liveEventsSince(db: Kysely<Database>, topic: string, since: number, limit: number): Promise<LiveEvent[]> {
  const rows = await db
    .selectFrom('live_events')
    .selectAll()
    .where('topic', '=', topic)
    .where('seq', '>', since)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    topic: row.topic,
    seq: Number(row.seq),
    type: row.type,
    data: fromJsonColumn<LiveMessage['data']>(row.data),
    at: row.at,
  }));
}

/** The number of the topic's latest event, 0 when nothing was ever published on it. */
export async function latestLiveSeq(db: Kysely<Database>, topic: string): Promise<number> {
  const row = await db.selectFrom('live_topics').select('last_seq').where('topic', '=', topic).executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}

export async function deleteLiveEventsBefore(db: Kysely<Database>, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('live_events').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
