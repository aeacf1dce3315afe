import { type RawBuilder, sql } from 'kysely';

/*
 * Values written into a statement's text instead of bound as parameters. SQLite as better-sqlite3
 * builds it (with STAT4) prepares a statement again on every run when a bound value could change
 * its plan: a LIMIT, or a value compared with a column of a partial index's condition (an entry's
 * `type` and `open_minor`, see migration 0004). Measured: 7–40 µs per run for a bound LIMIT and
 * about 12 µs for a bound `type = ?`, more than the query itself. As literals, the cached prepared
 * statement is reused as is.
 */

/**
 * A row limit as a literal. Each distinct limit (a page size) is its own statement; page sizes
 * are few and bounded by the API's schemas.
 */
export function rowLimit(count: number): RawBuilder<number> {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`a row limit must be a non-negative integer, not ${count}`);
  return sql.lit(count);
}

/** A constant of the query's shape (an entry type, zero) as a literal. */
export function fixed<T extends string | bigint>(value: T): RawBuilder<T> {
  return sql.lit(value);
}
