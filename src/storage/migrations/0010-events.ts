// The events outbox: every change's events, numbered per organization in commit order.
import type { Kysely } from 'kysely';
import { withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The last event sequence handed out; taken under the organization's ledger row.
  await db.schema
    .alterTable('organizations')
    .addColumn('event_sequence', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await withIdColumn(db, db.schema.createTable('events'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // evt_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // JSON, as the change left it
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_by_organization_sequence')
    .on('events')
    .columns(['organization_id', 'sequence'])
    .unique()
    .execute();
  await db.schema
    .createIndex('events_by_organization_type')
    .on('events')
    .columns(['organization_id', 'type', 'sequence'])
    .execute();
  await db.schema.createIndex('events_by_age').on('events').columns(['created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('events').execute();
  await db.schema.alterTable('organizations').dropColumn('event_sequence').execute();
}
