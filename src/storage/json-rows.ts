import { type RawBuilder, sql } from 'kysely';
import type { DatabaseKind } from './database.ts';

/** A column of `jsonRows`: its name in the JSON objects and the table, and its PostgreSQL type. */
export type JsonColumn = readonly [name: string, postgresType: string];

/**
 * A page of rows passed as one JSON parameter and read as a table `v` with a `position` column
 * (the row's index), for set-based writes: one statement of one text for any number of rows.
 * A multi-row VALUES list would be a new text for every page size: a new prepared statement on
 * SQLite and a new named statement on PostgreSQL each time. Column names come from the code,
 * never from input; bigints travel as decimal strings, which both databases read back exactly.
 */
export function jsonRows(kind: DatabaseKind, rows: object[], columns: readonly JsonColumn[]): RawBuilder<unknown> {
  const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  const names = columns.map(([name]) => name).join(', ');
  if (kind === 'postgres') {
    const definitions = columns.map(([name, type]) => `${name} ${type}`).join(', ');
    return sql`rows from (jsonb_to_recordset(${json}::jsonb) as (${sql.raw(definitions)})) with ordinality as v(${sql.raw(names)}, position)`;
  }
  const fields = columns.map(([name]) => `value ->> '${name}' as ${name}`).join(', ');
  return sql`(select ${sql.raw(fields)}, key as position from jsonb_each(${json})) as v`;
}

/**
 * `column` is one of `values`, as one parameter whatever their number (one statement text, so one
 * prepared statement): a PostgreSQL array, or a JSON array SQLite reads with json_each.
 */
export function isOneOf(kind: DatabaseKind, column: RawBuilder<unknown>, values: ReadonlyArray<string | number | bigint>, postgresType: 'bigint' | 'text'): RawBuilder<boolean> {
  if (kind === 'postgres') return sql<boolean>`${column} = any(${values.map(String)}::${sql.raw(postgresType)}[])`;
  const json = JSON.stringify(values.map((value) => (typeof value === 'bigint' ? Number(value) : value)));
  return sql<boolean>`${column} in (select value from json_each(${json}))`;
}
