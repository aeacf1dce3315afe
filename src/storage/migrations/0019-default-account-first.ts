// A customer's default account is the one marked default, else their first: the v1 reads and the
// upcoming slices pick it by `order by is_default desc, id limit 1`. With only the customer's
// index (`accounts_by_customer`, in id order) SQLite sorted the customer's accounts in a
// temporary B-tree on every read; in this order it reads the index's first entry, and PostgreSQL's
// per-customer look-up (a LATERAL subquery) stops there too. Accounts are written once per
// account opened and `is_default` never changes, so the index costs bookings nothing.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('accounts_default_first')
    .on('accounts')
    .columns(['organization_id', 'customer_id', 'is_default desc', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_default_first').execute();
}
