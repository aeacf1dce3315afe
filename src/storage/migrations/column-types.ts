/**
 * The few places where SQLite and PostgreSQL spell one schema differently. Everything else in
 * the migrations is written once for both.
 *
 * Conventions (docs/decisions.md): money and sequence numbers are 64-bit integers; flags are
 * integers 0/1 (SQLite has no boolean); instants are ISO-8601 UTC text and dates YYYY-MM-DD
 * text, which sort correctly as text in both databases; JSON is text.
 */
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, PostgresAdapter } from 'kysely';

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** A 64-bit auto-increment primary key named `id`. */
export function withIdColumn<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export const money = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(0);
