/**
 * JSON goes in as a string (pg would otherwise send a JS array as a SQL array) and comes out
 * parsed: PostgreSQL's jsonb arrives parsed already, SQLite's text does not.
 */
export function toJsonColumn(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
