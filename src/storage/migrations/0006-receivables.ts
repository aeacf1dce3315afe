// Receivables processes: dunning runs and their changes, dunning fees (one per account, level and
// anchor), the daily run's lease, installment plans, and the account columns dunning keeps.
import type { Kysely } from 'kysely';
import { withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The due date of the oldest open overdue charge the current dunning level was reached from.
  await db.schema.alterTable('accounts').addColumn('dunning_anchor_date', 'text').execute();
  // 1 when dunning (not a person) blocked the account: only then does clearing unblock it.
  await db.schema
    .alterTable('accounts')
    .addColumn('dunning_blocked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The anchor a debt-collection recall happened on: no automatic hand-over again for that anchor.
  await db.schema.alterTable('accounts').addColumn('debt_collection_recalled_anchor', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('debt_collection_since', 'text').execute();

  await withIdColumn(db, db.schema.createTable('dunning_runs'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // dnr_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull()) // API | SCHEDULE
    .addColumn('status', 'text', (c) => c.notNull()) // RUNNING | COMPLETED
    .addColumn('accounts_evaluated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('{}')) // JSON counts
    .addColumn('actor_key_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('dunning_runs_by_organization')
    .on('dunning_runs')
    .columns(['organization_id', 'id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('dunning_run_changes'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'bigint', (c) => c.notNull().references('dunning_runs.id'))
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('from_level', 'integer')
    .addColumn('to_level', 'integer')
    .addColumn('days_past_due', 'integer')
    .addColumn('anchor_date', 'text')
    .addColumn('overdue_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('status_from', 'text', (c) => c.notNull())
    .addColumn('status_to', 'text', (c) => c.notNull())
    .addColumn('handed_over', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fees', 'text', (c) => c.notNull().defaultTo('[]')) // JSON [{level, entry_id, amount_minor}]
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dunning_run_changes_by_run')
    .on('dunning_run_changes')
    .columns(['run_id', 'id'])
    .execute();

  // A level's fee is posted once per account and anchor, however often a run repeats.
  await db.schema
    .createTable('dunning_fees')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('anchor_date', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'bigint', (c) => c.notNull())
    .addColumn('run_id', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dunning_fees_pk', ['account_id', 'level', 'anchor_date'])
    .execute();

  // Exactly one process runs an organization's daily job: whoever inserts the row for the day.
  await db.schema
    .createTable('dunning_leases')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('run_date', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('acquired_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('run_id', 'bigint')
    .addPrimaryKeyConstraint('dunning_leases_pk', ['organization_id', 'run_date'])
    .execute();

  await withIdColumn(db, db.schema.createTable('installment_plans'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // ipl_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // ACTIVE | CANCELLED
    .addColumn('installment_count', 'integer', (c) => c.notNull())
    .addColumn('first_due_date', 'text', (c) => c.notNull())
    .addColumn('interval_months', 'integer', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    // JSON [{entry_id, moved_minor}]: what each original had open when it moved into the plan.
    .addColumn('originals', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema
    .createIndex('installment_plans_by_account')
    .on('installment_plans')
    .columns(['organization_id', 'account_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['installment_plans', 'dunning_leases', 'dunning_fees', 'dunning_run_changes', 'dunning_runs']) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of [
    'debt_collection_since',
    'debt_collection_recalled_anchor',
    'dunning_blocked',
    'dunning_anchor_date',
  ]) {
    await db.schema.alterTable('accounts').dropColumn(column).execute();
  }
}
