/**
 * What a batched read statement (a LookupBatch's, PostgreSQL only) is asked for: the keys as a
 * table `asked`, one array parameter per column unnested side by side, so the statement has one
 * text whatever the list's length. The statement joins each asked row to the single-key
 * statement as a LATERAL subquery, with `askedColumn` standing where that statement's values
 * stood; the single statement is written once and both forms read the same rows.
 */
import { type AliasedRawBuilder, sql } from 'kysely';

/** The asked keys, `columns` in order: name, element type, and the list (an array, or a prepared query's stand-in). */
export function askedList<Row extends Record<string, unknown>>(
  columns: ReadonlyArray<readonly [name: keyof Row & string, type: 'text' | 'bigint', values: unknown]>,
): AliasedRawBuilder<Row, 'asked'> {
  const unnested = columns.map(([name, type, values]) => sql`unnest(${values}::${sql.raw(type)}[]) as ${sql.id(name)}`);
  return sql<Row>`(select ${sql.join(unnested)})`.as('asked');
}

/** A column of the asked row, given where the single statement takes a value of type `T`. */
export function askedColumn<T>(name: string): T {
  return sql.ref(`asked.${name}`) as unknown as T;
}

/** A batched statement's rows, by the asked key each answers. */
export function rowsByKey<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [row]);
    else same.push(row);
  }
  return byKey;
}
