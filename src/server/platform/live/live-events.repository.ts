import type { Kysely, Transaction } from 'kysely';
import { literal, withCommit } from '../../../db/deferred-writes.js';
import { fixedShape } from '../../../db/fixed-shape.js';
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
export async function storeLiveEvents(
  trx: Transaction<Database>,
  events: [string, LiveMessage][],
  at: string,
  commitChannel: string | null = null,
): Promise<LiveEvent[]> {
  const stored: LiveEvent[] = [];
  const inLockOrder = [...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (commitChannel) {
    for (const [topic, messages] of byTopic(inLockOrder))
      await trx.executeQuery(withCommit(announcedWithCommit(commitChannel, topic, messages, at)));
    return stored;
  }
  for (const [topic, message] of inLockOrder) {
    const [numbered] = (await nextSeq(trx, { topic, at }).execute()).rows;
    const seq = Number(numbered!.last_seq);
    await insertEvent(trx, { topic, seq, type: message.type, data: toJsonColumn(message.data), at }).execute();
    stored.push({ topic, seq: Number(seq), type: message.type, data: message.data, at });
  }
  return stored;
}

/** Both statements of every event on SQLite, compiled once (fixed-shape.ts). */
const nextSeq = fixedShape(['topic', 'at'], (db, v) =>
  db
    .insertInto('live_topics')
    .values({ topic: v.topic, last_seq: 1, updated_at: v.at })
    .onConflict((oc) => oc.column('topic').doUpdateSet((eb) => ({ last_seq: eb('live_topics.last_seq', '+', 1), updated_at: v.at })))
    .returning('last_seq'),
);
const insertEvent = fixedShape(['topic', 'seq', 'type', 'data', 'at'], (db, v) => db.insertInto('live_events').values(v));

function byTopic(events: [string, LiveMessage][]): Map<string, LiveMessage[]> {
  const topics = new Map<string, LiveMessage[]>();
  for (const [topic, message] of events) topics.set(topic, [...(topics.get(topic) ?? []), message]);
  return topics;
}

/**
 * PostgreSQL, sent with the COMMIT (deferred-writes.ts): the topic's events numbered under its row lock,
 * stored and NOTIFYed each, by `holdspace_publish_live` (migration 0017, decision 0040). PostgreSQL delivers
 * the notifications when (and only if) the transaction commits, in the order they were made.
 */
function announcedWithCommit(channel: string, topic: string, messages: LiveMessage[], at: string): string {
  const types = messages.map((m) => literal(m.type)).join(', ');
  const data = messages.map((m) => literal(toJsonColumn(m.data))).join(', ');
  return `select holdspace_publish_live(${literal(channel)}, ${literal(topic)}, ${literal(at)}, array[${types}]::text[], array[${data}]::jsonb[])`;
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
