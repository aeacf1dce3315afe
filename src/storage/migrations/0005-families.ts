// Family membership history (every join and leave pinned to a position of the organization's ledger,
// so a family's balance "before entry X" names the members of that moment), and an index to list
// an account's scheduled payments by date.
import type { Kysely } from 'kysely';
import { withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('family_membership_periods'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    // The organization's last entry sequence when the member joined: entries up to it came before.
    .addColumn('joined_after_sequence', 'bigint', (c) => c.notNull())
    .addColumn('left_after_sequence', 'bigint')
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .execute();
  await db.schema
    .createIndex('family_membership_periods_by_family')
    .on('family_membership_periods')
    .columns(['family_id', 'joined_after_sequence'])
    .execute();
  // An account's scheduled payments listed by date.
  await db.schema
    .createIndex('scheduled_payments_by_account_listing')
    .on('scheduled_payments')
    .columns(['account_id', 'date', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('scheduled_payments_by_account_listing').execute();
  await db.schema.dropTable('family_membership_periods').execute();
}
