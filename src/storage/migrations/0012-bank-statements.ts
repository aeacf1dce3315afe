// Bank statements and their lines (reconciliation), and the reason a scheduled payment came back.
// Depends on accounts, entries and scheduled payments (0002, 0006).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('bank_statements'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // bst_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('format', 'text', (c) => c.notNull()) // camt.053, camt.054, mt940
    .addColumn('bank_statement_id', 'text', (c) => c.notNull())
    .addColumn('account_iban', 'text', (c) => c.notNull())
    .addColumn('currency', 'text')
    .addColumn('bank_created_at', 'text')
    .addColumn('opening_balance_minor', 'bigint')
    .addColumn('closing_balance_minor', 'bigint')
    // The file it came in: the public id of the file's first statement (the import's `id`).
    .addColumn('import_public_id', 'text', (c) => c.notNull())
    .addColumn('position_in_file', 'integer', (c) => c.notNull())
    // Counts as the import left them (the answer a re-import replays).
    .addColumn('lines_count', 'integer', (c) => c.notNull())
    .addColumn('matched_count', 'integer', (c) => c.notNull())
    .addColumn('unmatched_count', 'integer', (c) => c.notNull())
    .addColumn('returned_count', 'integer', (c) => c.notNull())
    .addColumn('ignored_count', 'integer', (c) => c.notNull())
    .addColumn('known_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  // A statement is imported once: the same bank statement id of the same bank account again is a replay.
  await db.schema
    .createIndex('bank_statements_identity')
    .on('bank_statements')
    .columns(['organization_id', 'account_iban', 'bank_statement_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('bank_statements_by_organization')
    .on('bank_statements')
    .columns(['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('bank_statements_by_import')
    .on('bank_statements')
    .columns(['organization_id', 'import_public_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('bank_lines'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // bsl_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('statement_id', 'bigint', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('bank_reference', 'text')
    .addColumn('booking_date', 'text', (c) => c.notNull())
    .addColumn('value_date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull()) // CREDIT, DEBIT
    .addColumn('reversal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reference', 'text')
    .addColumn('remittance_info', 'text')
    .addColumn('debtor_name', 'text')
    .addColumn('debtor_iban', 'text')
    .addColumn('end_to_end_id', 'text')
    .addColumn('return_reason_code', 'text')
    .addColumn('bank_transaction_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // MATCHED, UNMATCHED, RETURNED, IGNORED
    .addColumn('match', 'text') // REFERENCE, REMITTANCE_TEXT, END_TO_END_ID, IBAN_AND_AMOUNT, MANUAL
    .addColumn('reason', 'text')
    .addColumn('account_id', 'bigint')
    // The payment a matched line booked; the reversal a returned line booked.
    .addColumn('entry_id', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One line per identity and organization: the same entry reported twice is booked once.
  await db.schema
    .createIndex('bank_lines_identity')
    .on('bank_lines')
    .columns(['organization_id', 'identity'])
    .unique()
    .execute();
  await db.schema
    .createIndex('bank_lines_by_status')
    .on('bank_lines')
    .columns(['organization_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('bank_lines_by_statement')
    .on('bank_lines')
    .columns(['organization_id', 'statement_id', 'id'])
    .execute();
  // Reversing a payment finds its line; a returned debit finds the line that booked the payment.
  await db.schema
    .createIndex('bank_lines_by_entry')
    .on('bank_lines')
    .columns(['organization_id', 'entry_id'])
    .where(sql.ref('entry_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('bank_lines_by_end_to_end_id')
    .on('bank_lines')
    .columns(['organization_id', 'end_to_end_id'])
    .where(sql.ref('end_to_end_id'), 'is not', null)
    .execute();

  await db.schema.alterTable('scheduled_payments').addColumn('return_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scheduled_payments').dropColumn('return_reason').execute();
  await db.schema.dropTable('bank_lines').execute();
  await db.schema.dropTable('bank_statements').execute();
}
