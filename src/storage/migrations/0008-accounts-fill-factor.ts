// PostgreSQL: leave a fifth of each accounts page free. Every booking rewrites its account's
// figures and a dunning run its level and status, none of them indexed columns; with room on the
// page PostgreSQL writes the new row version beside the old one (a HOT update) instead of adding
// an entry to each of the table's five indexes. SQLite rewrites rows in place and has no such
// setting. Applies to pages written from now on; `VACUUM FULL accounts` rewrites the old ones.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await sql`alter table accounts set (fillfactor = 80)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await sql`alter table accounts reset (fillfactor)`.execute(db);
}
