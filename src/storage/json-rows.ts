import { type RawBuilder, sql } from 'kysely';
import { type DatabaseKind, PLANNED_EACH_RUN_MARK } from './database.ts';

/** A column of `jsonRows`: its name in the row objects and the table, and its PostgreSQL type. */
export type JsonColumn = readonly [name: string, postgresType: string];

/**
 * A set of rows read as a table `v` with a `position` column (the row's index), for set-based
 * writes: one statement of one text for any number of rows. A multi-row VALUES list would be a new
 * text for every count: a new prepared statement on SQLite and a new named statement on PostgreSQL
 * each time. Column names come from the code, never from input.
 *
 * - PostgreSQL: one typed array per column, unnested together. The planner knows an array's length
 *   (it estimated a JSON record set at 100 rows and chose to scan the entries table instead of
 *   going by primary key), and arrays of short values cost less to read than JSON. Rows of long
 *   texts (an event's data) go as one JSON record set instead (`longTexts`): an array literal's
 *   quoting made them twice as slow (measured: 127 against 70 ms for 4,000 events).
 * - SQLite: one JSON parameter read with jsonb_each; bigints travel as decimal strings, which SQLite
 *   stores back as integers by the column's affinity.
 */
export function jsonRows(
  kind: DatabaseKind,
  rows: object[],
  columns: readonly JsonColumn[],
  options: { longTexts?: boolean } = {},
): RawBuilder<unknown> {
  const names = columns.map(([name]) => name).join(', ');
  if (kind === 'postgres' && options.longTexts === true) {
    const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    const definitions = columns.map(([name, type]) => `${name} ${type}`).join(', ');
    return sql`rows from (jsonb_to_recordset(${json}::jsonb) as (${sql.raw(definitions)})) with ordinality as v(${sql.raw(names)}, position)`;
  }
  if (kind === 'postgres') {
    const arrays = columns.map(([name, type]) => {
      const values = rows.map((row) => {
        const value = (row as Record<string, unknown>)[name];
        return value === null || value === undefined ? null : typeof value === 'string' ? value : String(value);
      });
      return sql`${values}::${sql.raw(type)}[]`;
    });
    return sql`unnest(${sql.join(arrays)}) with ordinality as v(${sql.raw(names)}, position)`;
  }
  // Rows as arrays of plain values: JSON.stringify without a replacer (for bigints) is several times faster.
  const json = JSON.stringify(
    rows.map((row) =>
      columns.map(([name]) => {
        const value = (row as Record<string, unknown>)[name];
        return typeof value === 'bigint' ? value.toString() : (value ?? null);
      }),
    ),
  );
  const fields = columns.map(([name], index) => `value ->> ${index} as ${name}`).join(', ');
  return sql`(select ${sql.raw(fields)}, key as position from jsonb_each(${json})) as v`;
}

/**
 * `column` is one of `values`, as one parameter whatever their number (one statement text, so one
 * prepared statement): a PostgreSQL array, or a JSON array SQLite reads with json_each.
 */
export function isOneOf(
  kind: DatabaseKind,
  column: RawBuilder<unknown>,
  values: ReadonlyArray<string | number | bigint>,
  postgresType: 'bigint' | 'text',
): RawBuilder<boolean> {
  if (kind === 'postgres') return sql<boolean>`${column} = any(${values.map(String)}::${sql.raw(postgresType)}[])`;
  const json = JSON.stringify(values.map((value) => (typeof value === 'bigint' ? Number(value) : value)));
  return sql<boolean>`${column} in (select value from json_each(${json}))`;
}

/**
 * A statement that joins a set of rows (or a list) to a table the ledger grows: PostgreSQL plans it
 * on every run, with the list's real length and the table's current size. A named statement's
 * generic plan, made while a table was empty, scanned it whole for every row of the set forever
 * after (measured: 15 ms instead of 1 ms for 20 entries once the table held 3,000 rows).
 */
export function plannedEachRun<T>(statement: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(PLANNED_EACH_RUN_MARK)} ${statement}`;
}
