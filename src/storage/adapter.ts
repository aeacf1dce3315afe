/**
 * Where SQLite and PostgreSQL differ, in one place. Stores speak to the database through Kysely
 * and, wherever the two engines need different SQL or a different plan, ask this adapter rather
 * than which database they run on: each difference is named after what the engine can do (as
 * Kysely's own DialectAdapter names `supportsReturning`), so a reader sees why a statement has two
 * forms and a third engine would answer the same questions.
 */
import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DatabaseKind } from './database.ts';
import { type JsonColumn, isOneOf, jsonRows } from './json-rows.ts';

export interface LockOptions {
  /** Lock only this table's rows of a join. */
  of?: string;
  /** Skip rows another transaction holds instead of waiting for them (a queue's claim). */
  skipLocked?: boolean;
}

export interface StorageAdapter {
  readonly kind: DatabaseKind;
  /**
   * Row locks exist (`FOR UPDATE`): PostgreSQL. SQLite runs one write transaction at a time, so
   * a transaction that writes already excludes every other writer and locks nothing row by row.
   */
  readonly locksRows: boolean;
  /**
   * Statements run in the process (SQLite): no round trip, so several small statements each by its
   * own index cost less than one larger statement the planner may walk badly. PostgreSQL pays a
   * round trip per statement and is better asked once.
   */
  readonly inProcess: boolean;
  /** A data-modifying CTE (`with … insert … update …`) can write several tables in one statement. */
  readonly writesInOneStatement: boolean;
  /** A set of rows read as a table `v` with a `position` column (see json-rows.ts). */
  rows(rows: object[], columns: readonly JsonColumn[], options?: { longTexts?: boolean }): RawBuilder<unknown>;
  /** `column` is one of `values`, as one parameter whatever their number. */
  isOneOf(
    column: RawBuilder<unknown>,
    values: ReadonlyArray<string | number | bigint>,
    type: 'bigint' | 'text',
  ): RawBuilder<boolean>;
  /** A list of ids as one parameter of a prepared query (an array literal or a JSON array). */
  idList(ids: ReadonlyArray<number | bigint>): string;
  /** `column` is one of the ids of a list `idList` made (passed as a prepared query's value). */
  inIdList(column: RawBuilder<unknown>, list: unknown): RawBuilder<boolean>;
  /** The query with row locks where the engine has them; as it is where one writer excludes the rest. */
  lock<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
    options?: LockOptions,
  ): SelectQueryBuilder<DB, TB, O>;
  /** The locking clause for a statement written in SQL: ` for update`, or nothing. */
  lockClause(options?: LockOptions): RawBuilder<unknown>;
  /**
   * A column kept off the indexes, for a statement that reaches its rows through a list of ids:
   * the organization's term stays a filter, so the planner goes from the ids by their own index
   * instead of walking every row of the organization (measured: 4 ms for 32 entries on
   * PostgreSQL, and worse the larger the organization). SQLite's unary `+`, PostgreSQL's `|| ''`.
   */
  offIndex(column: string): RawBuilder<unknown>;
}

const postgres: StorageAdapter = {
  kind: 'postgres',
  locksRows: true,
  inProcess: false,
  writesInOneStatement: true,
  rows: (rows, columns, options) => jsonRows('postgres', rows, columns, options),
  isOneOf: (column, values, type) => isOneOf('postgres', column, values, type),
  idList: (ids) => `{${ids.join(',')}}`,
  inIdList: (column, list) => sql<boolean>`${column} = any(${list}::bigint[])`,
  lock: (query, options = {}) => {
    // `of` names a table of the query; Kysely types it by the query's tables.
    const locked = query.forUpdate(options.of as never);
    return options.skipLocked === true ? locked.skipLocked() : locked;
  },
  lockClause: (options = {}) =>
    sql`${sql.raw(' for update')}${options.of === undefined ? sql`` : sql` of ${sql.ref(options.of)}`}${options.skipLocked === true ? sql` skip locked` : sql``}`,
  offIndex: (column) => sql`(${sql.ref(column)} || '')`,
};

const sqlite: StorageAdapter = {
  kind: 'sqlite',
  locksRows: false,
  inProcess: true,
  writesInOneStatement: false,
  rows: (rows, columns, options) => jsonRows('sqlite', rows, columns, options),
  isOneOf: (column, values, type) => isOneOf('sqlite', column, values, type),
  idList: (ids) => `[${ids.join(',')}]`,
  inIdList: (column, list) => sql<boolean>`${column} in (select value from json_each(${list}))`,
  lock: (query) => query,
  lockClause: () => sql``,
  offIndex: (column) => sql`+${sql.ref(column)}`,
};

export function storageAdapter(kind: DatabaseKind): StorageAdapter {
  return kind === 'postgres' ? postgres : sqlite;
}
