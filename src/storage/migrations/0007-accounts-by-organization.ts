// Jobs that walk an organization's accounts in id order (the dunning run, closing settled
// accounts) seek to the organization's first account instead of passing every other one's.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('accounts_by_organization').on('accounts').columns(['organization_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_by_organization').execute();
}
