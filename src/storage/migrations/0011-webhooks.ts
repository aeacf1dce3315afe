// Webhook endpoints, their deliveries and each delivery's attempts; and the position of the event
// stream per organization. Depends on the events outbox (0010).
import { type Kysely, sql } from 'kysely';
import { isPostgres, withIdColumn } from './column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Retention prunes an organization's oldest events by sequence (their created_at rises with it):
  // an index by age alone would cost every recorded event one more index entry for a daily job.
  await db.schema.dropIndex('events_by_age').execute();
  await withIdColumn(db, db.schema.createTable('webhook_endpoints'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // whe_…
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('event_types', 'text', (c) => c.notNull()) // JSON array: ["*"] or types
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    // Needed in clear to sign; shown to the owner only on create and rotation.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('rotated_at', 'text')
    // The organization's event sequence up to which deliveries were made: fan-out after commit.
    .addColumn('fanned_out_sequence', 'bigint', (c) => c.notNull().defaultTo(0))
    // A replay in progress: events from `replay_next_sequence` through `replay_until_sequence`.
    .addColumn('replay_next_sequence', 'bigint')
    .addColumn('replay_until_sequence', 'bigint')
    // Since when every attempt failed (null after a success): an endpoint failing for days is disabled.
    .addColumn('failing_since', 'text')
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_by_organization')
    .on('webhook_endpoints')
    .columns(['organization_id', 'id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('webhook_deliveries'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique()) // whd_…
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'bigint', (c) => c.notNull())
    // The events row (no foreign key: retention prunes events that no pending delivery needs).
    .addColumn('event_id', 'bigint', (c) => c.notNull())
    .addColumn('event_public_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // PENDING, SUCCEEDED, FAILED
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'text')
    // A process's claim on the next attempt: no other process attempts it before the lease ends.
    .addColumn('lease_until', 'text')
    .addColumn('leased_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_by_endpoint')
    .on('webhook_deliveries')
    .columns(['organization_id', 'endpoint_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_by_endpoint_status')
    .on('webhook_deliveries')
    .columns(['endpoint_id', 'status', 'id'])
    .execute();
  // What the dispatcher claims: pending deliveries by when they are due (a partial index: the rest is history).
  const due = db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['next_attempt_at', 'id']);
  await due.where(sql.ref('status'), '=', sql.lit('PENDING')).execute();
  await db.schema
    .createIndex('webhook_deliveries_by_age')
    .on('webhook_deliveries')
    .columns(['organization_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_pending_events')
    .on('webhook_deliveries')
    .columns(['organization_id', 'event_id'])
    .where(sql.ref('status'), '=', sql.lit('PENDING'))
    .execute();

  await withIdColumn(db, db.schema.createTable('webhook_attempts'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'bigint', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // SUCCEEDED, FAILED
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_attempts_by_delivery')
    .on('webhook_attempts')
    .columns(['delivery_id', 'attempt'])
    .execute();

  // The event stream's position per organization, and the lease of the one process publishing it.
  await db.schema
    .createTable('event_stream_positions')
    .addColumn('organization_id', 'text', (c) => c.primaryKey())
    .addColumn('published_sequence', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_holder', 'text')
    .addColumn('lease_until', 'text')
    .execute();
  if (isPostgres(db)) await sql`alter table webhook_deliveries set (fillfactor = 80)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_by_age').on('events').columns(['created_at']).execute();
  await db.schema.dropTable('event_stream_positions').execute();
  await db.schema.dropTable('webhook_attempts').execute();
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('webhook_endpoints').execute();
}
