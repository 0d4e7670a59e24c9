import { type RawBuilder, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

type ColumnType = 'text' | 'integer' | 'bigint' | 'real' | RawBuilder<unknown>;

export interface ColumnTypes {
  /** App-made UUIDv7 ids: text on both sides so ids look the same everywhere. */
  id: ColumnType;
  /** Stored in UTC: timestamptz(3) on PostgreSQL, ISO-8601 text on SQLite (both sort correctly). */
  timestamp: ColumnType;
  /** jsonb on PostgreSQL; text on SQLite (a json_valid check is added by `jsonCheck`). */
  json: ColumnType;
  integer: ColumnType;
  /** For counters that may pass two billion (the audit log's sequence). */
  bigint: ColumnType;
  real: ColumnType;
  text: ColumnType;
}

/** One migration set for both dialects: each column's type is chosen here, nowhere else. */
export function columnTypes(dialect: Dialect): ColumnTypes {
  if (dialect === 'postgres') {
    return {
      id: 'text',
      timestamp: sql`timestamptz(3)`,
      json: sql`jsonb`,
      integer: 'integer',
      bigint: 'bigint',
      real: sql`double precision`,
      text: 'text',
    };
  }
  return { id: 'text', timestamp: 'text', json: 'text', integer: 'integer', bigint: 'integer', real: 'real', text: 'text' };
}

/** SQLite keeps JSON as text; this check refuses text that is not JSON. PostgreSQL's jsonb checks itself. */
export function jsonCheck(dialect: Dialect, column: string) {
  return dialect === 'sqlite' ? sql`json_valid(${sql.ref(column)})` : sql`true`;
}
