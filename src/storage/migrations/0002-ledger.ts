// Customers, accounts, booking entries, allocations, families and scheduled payments.
import type { Kysely } from 'kysely';
import { money, withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey()) // uuid
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('number', 'bigint', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('customers_number_unique', ['organization_id', 'number'])
    .execute();
  await db.schema
    .createIndex('customers_by_created')
    .on('customers')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('customer_categories')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_categories_pk', ['customer_id', 'category'])
    .execute();
  await db.schema
    .createIndex('customer_categories_by_category')
    .on('customer_categories')
    .columns(['organization_id', 'category'])
    .execute();

  await db.schema
    .createTable('customer_external_references')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addPrimaryKeyConstraint('customer_external_references_pk', ['organization_id', 'source', 'external_id'])
    .execute();
  await db.schema
    .createIndex('customer_external_references_by_customer')
    .on('customer_external_references')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('account_templates')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('currency', 'text')
    .addColumn('credit_limit_minor', 'bigint')
    .addColumn('modality', 'text')
    .addColumn('payment_reference_type', 'text')
    .addColumn('dunning_policy', 'text') // JSON; null = the organization's policy
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_templates_pk', ['organization_id', 'name'])
    .execute();

  await withIdColumn(db, db.schema.createTable('accounts'))
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('credit_limit_minor', 'bigint', money)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'bigint')
    .addColumn('template', 'text')
    .addColumn('payment_reference_type', 'text')
    .addColumn('payment_reference_number', 'text')
    .addColumn('billing_address', 'text') // JSON
    .addColumn('payment_method_type', 'text', (c) => c.notNull())
    .addColumn('payment_method_details', 'text') // JSON
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    // Maintained figures: changed only in the transaction that writes the entry behind them.
    .addColumn('balance_minor', 'bigint', money)
    .addColumn('charged_minor', 'bigint', money)
    .addColumn('credited_minor', 'bigint', money)
    .addColumn('open_minor', 'bigint', money)
    .addColumn('unallocated_minor', 'bigint', money)
    .addColumn('dunning_level', 'integer') // index into the policy's levels; null = none
    .addColumn('dunning_exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_debt_collection', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('accounts_number_unique', ['organization_id', 'number'])
    .execute();
  await db.schema
    .createIndex('accounts_by_customer')
    .on('accounts')
    .columns(['organization_id', 'customer_id', 'id'])
    .execute();
  await db.schema
    .createIndex('accounts_by_payment_reference')
    .on('accounts')
    .columns(['organization_id', 'payment_reference_number'])
    .unique()
    .where('payment_reference_number', 'is not', null)
    .execute();

  await withIdColumn(db, db.schema.createTable('entries'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // trn_…
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('sequence', 'bigint', (c) => c.notNull()) // the organization's ledger order
    .addColumn('type', 'text', (c) => c.notNull()) // CHARGE | CREDIT
    .addColumn('kind', 'text', (c) => c.notNull()) // CHARGE, CREDIT, PAYMENT, FEE, INSTALLMENT, REVERSAL, …
    .addColumn('amount_minor', 'bigint', (c) => c.notNull()) // signed: a reversal carries the opposite sign
    .addColumn('open_minor', 'bigint', money) // charge: still owed; credit: still unallocated
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('external_id', 'text')
    .addColumn('reversal_of', 'bigint')
    .addColumn('reversed_by', 'bigint')
    .addColumn('installment_plan_id', 'bigint') // set on originals moved into a plan
    .addColumn('installment_of_plan_id', 'bigint') // set on the installments themselves
    // The account's maintained figures right after this entry: "before entry X" is one lookup.
    .addColumn('balance_after_minor', 'bigint', (c) => c.notNull())
    .addColumn('charged_after_minor', 'bigint', (c) => c.notNull())
    .addColumn('credited_after_minor', 'bigint', (c) => c.notNull())
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('created_by_key_id', 'text')
    .execute();
  await db.schema
    .createIndex('entries_by_account_sequence')
    .on('entries')
    .columns(['account_id', 'sequence'])
    .unique()
    .execute();
  await db.schema
    .createIndex('entries_by_account_due')
    .on('entries')
    .columns(['account_id', 'due_date', 'id'])
    .execute();
  await db.schema
    .createIndex('entries_by_organization_sequence')
    .on('entries')
    .columns(['organization_id', 'sequence'])
    .unique()
    .execute();
  await db.schema
    .createIndex('entries_by_external_id')
    .on('entries')
    .columns(['organization_id', 'account_id', 'external_id'])
    .unique()
    .where('external_id', 'is not', null)
    .execute();

  await withIdColumn(db, db.schema.createTable('allocations'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addColumn('credit_entry_id', 'bigint', (c) => c.notNull().references('entries.id'))
    .addColumn('charge_entry_id', 'bigint', (c) => c.notNull().references('entries.id'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('released_by_entry_id', 'bigint') // the reversal that undid it
    .execute();
  await db.schema.createIndex('allocations_by_credit').on('allocations').column('credit_entry_id').execute();
  await db.schema.createIndex('allocations_by_charge').on('allocations').column('charge_entry_id').execute();

  await db.schema
    .createTable('families')
    .addColumn('id', 'text', (c) => c.primaryKey()) // fml_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('families_by_organization').on('families').columns(['organization_id', 'id']).execute();

  await db.schema
    .createTable('family_members')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
    .addColumn('customer_id', 'text', (c) => c.primaryKey().references('customers.id')) // one family per customer
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('family_members_by_family')
    .on('family_members')
    .columns(['family_id', 'customer_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('scheduled_payments'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // spm_…
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // SCHEDULED, DUE, COLLECTED, FAILED, CANCELLED
    .addColumn('payment_entry_id', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scheduled_payments_by_account_date')
    .on('scheduled_payments')
    .columns(['account_id', 'status', 'date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'scheduled_payments',
    'family_members',
    'families',
    'allocations',
    'entries',
    'accounts',
    'account_templates',
    'customer_external_references',
    'customer_categories',
    'customers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
