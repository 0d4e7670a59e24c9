import { type Kysely, sql } from 'kysely';
import type { ColumnTypes, Dialect } from '../column-types.js';

/**
 * PostgreSQL: one topic's events of a transaction numbered, stored and announced by one function, sent
 * with the COMMIT (decision 0040). It does what the statement it replaces did — the upsert on `live_topics`
 * takes the topic's row lock to commit, so numbers commit in order with no gaps; each event is stored and
 * NOTIFYed (delivered only if the transaction commits, in order) — but its statements are planned once per
 * connection instead of parsed and planned with every console entry. The payload is `encodeLiveEvent`'s.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema before the types exist
export async function up(db: Kysely<any>, _t: ColumnTypes, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`
    create or replace function holdspace_publish_live(p_channel text, p_topic text, p_at text, p_types text[], p_data jsonb[])
    returns void language plpgsql as $$
    declare
      v_count int := cardinality(p_types);
      v_last bigint;
    begin
      insert into live_topics as t (topic, last_seq, updated_at) values (p_topic, v_count, p_at::timestamptz)
        on conflict (topic) do update set last_seq = t.last_seq + v_count, updated_at = excluded.updated_at
        returning t.last_seq into v_last;
      for i in 1 .. v_count loop
        insert into live_events (topic, seq, type, data, at)
          values (p_topic, v_last - v_count + i, p_types[i], p_data[i], p_at::timestamptz);
        perform pg_notify(p_channel, json_build_object(
          'topic', p_topic, 'seq', v_last - v_count + i, 'type', p_types[i], 'data', p_data[i], 'at', p_at)::text);
      end loop;
    end $$`.execute(db);
}
