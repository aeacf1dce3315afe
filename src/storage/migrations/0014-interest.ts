// Interest coverage: for each charge, the days whose interest a dunning run booked, so that no
// day is ever charged twice (re-runs, concurrent runs, an `as_of` in the past). One row per
// charge and booking; a charge is covered through the greatest `last_day` of its rows.
import type { Kysely } from 'kysely';
import { withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('interest_coverage'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addColumn('charge_entry_id', 'bigint', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    // The INTEREST charge that booked these days, and the run's day (MONTHLY posting reads it).
    .addColumn('interest_entry_id', 'bigint', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('run_id', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A day booked twice would need a second row starting on a day already covered: refused here
  // as well as by the run's own reading under the account lock.
  await db.schema
    .createIndex('interest_coverage_by_charge')
    .on('interest_coverage')
    .columns(['charge_entry_id', 'first_day'])
    .unique()
    .execute();
  await db.schema
    .createIndex('interest_coverage_by_account')
    .on('interest_coverage')
    .columns(['organization_id', 'account_id', 'as_of'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('interest_coverage').execute();
}
