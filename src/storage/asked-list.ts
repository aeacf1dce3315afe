/**
 * What a batched read statement (a LookupBatch's, PostgreSQL only) is asked for: the keys as a
 * table `asked`, one array parameter per column unnested side by side, with each key's
 * `position` (1, 2, …) in the list, so the statement has one text whatever the list's length and
 * each row says which key it answers. The statement joins each asked row to the single-key
 * statement as a LATERAL subquery, with `askedColumn` standing where that statement's values
 * stood; the single statement is written once and both forms read the same rows.
 */
import { type AliasedRawBuilder, sql } from 'kysely';

/** The asked keys, `columns` in order: name, element type, and the list (an array, or a prepared query's stand-in). */
export function askedList<Row extends Record<string, unknown>>(
  columns: ReadonlyArray<readonly [name: keyof Row & string, type: 'text' | 'bigint', values: unknown]>,
): AliasedRawBuilder<Row & { position: string | number | bigint }, 'asked'> {
  const arrays = columns.map(([, type, values]) => sql`${values}::${sql.raw(type)}[]`);
  const names = [...columns.map(([name]) => sql.id(name)), sql.id('position')];
  return sql<
    Row & { position: string | number | bigint }
  >`(select * from unnest(${sql.join(arrays)}) with ordinality as keys(${sql.join(names)}))`.as('asked');
}

/** A column of the asked row, given where the single statement takes a value of type `T`. */
export function askedColumn<T>(name: string): T {
  return sql.ref(`asked.${name}`) as unknown as T;
}

/** A batched statement's rows for each of `count` asked keys, in the keys' order (by the `position` each row carries). */
export function rowsByPosition<Row>(
  rows: readonly Row[],
  count: number,
  positionOf: (row: Row) => string | number | bigint,
): Row[][] {
  const byPosition = Array.from({ length: count }, (): Row[] => []);
  for (const row of rows) byPosition[Number(positionOf(row)) - 1]!.push(row);
  return byPosition;
}
