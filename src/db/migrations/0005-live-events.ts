import type { Kysely } from 'kysely';
import { type ColumnTypes, type Dialect, jsonCheck } from '../column-types.js';

/**
 * Live events are kept for a while so a device that lost its stream can catch up on what it missed.
 * Each topic (e.g. one session's timeline) numbers its own events 1, 2, 3… under a row lock on
 * `live_topics`, so a topic's numbers commit in order with no gaps; see decision 0017.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('live_topics')
    .addColumn('topic', t.text, (c) => c.primaryKey())
    .addColumn('last_seq', t.bigint, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('live_events')
    .addColumn('topic', t.text, (c) => c.notNull())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull().check(jsonCheck(dialect, 'data')))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('live_events_pk', ['topic', 'seq'])
    .execute();
  await db.schema.createIndex('live_events_at').on('live_events').column('at').execute();
}
