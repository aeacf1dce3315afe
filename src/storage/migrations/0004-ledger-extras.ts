// Indexes the ledger's hot paths need beyond 0002: settling reads only the open items of an account.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Settling after each booking looks for open charges (by due date) and open credits (by
  // sequence); partial indexes keep that proportional to what is open, not to the history.
  await db.schema
    .createIndex('entries_open_charges')
    .on('entries')
    .columns(['account_id', 'due_date', 'id'])
    .where(sql<boolean>`type = 'CHARGE' and open_minor > 0`)
    .execute();
  await db.schema
    .createIndex('entries_open_credits')
    .on('entries')
    .columns(['account_id', 'sequence'])
    .where(sql<boolean>`type = 'CREDIT' and open_minor > 0`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('entries_open_credits').execute();
  await db.schema.dropIndex('entries_open_charges').execute();
}
