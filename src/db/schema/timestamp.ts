/** Timestamps are ISO-8601 UTC strings on both dialects (see db/connect.ts for PostgreSQL's parser). */
export type Timestamp = string;
