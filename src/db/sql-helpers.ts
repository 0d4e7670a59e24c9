import { sql } from 'kysely';

/** A CHECK that a text column holds one of a fixed set of values (enums work the same on both dialects). */
export function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

export function sqlRaw(expression: string) {
  return sql.raw(expression);
}
