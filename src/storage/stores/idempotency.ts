import type { Kysely } from 'kysely';
import type { IdempotencyRecord, IdempotencyStore, Reply } from '../../core/idempotency/idempotency-record.ts';
import type { Database } from '../schema.ts';

export class KyselyIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(organizationId: string, key: string, requestHash: string, at: string): Promise<IdempotencyRecord | undefined> {
    // ON CONFLICT DO NOTHING waits, on PostgreSQL, for a concurrent claim of the same key to
    // commit or roll back; then the earlier record is visible to the select below.
    const inserted = await this.db
      .insertInto('idempotency_records')
      .values({ organization_id: organizationId, key, request_hash: requestHash, created_at: at })
      .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return undefined;
    const row = await this.db
      .selectFrom('idempotency_records')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return {
      organizationId: row.organization_id,
      key: row.key,
      requestHash: row.request_hash,
      reply: { status: Number(row.reply_status), body: row.reply_body === null ? null : JSON.parse(row.reply_body) },
      createdAt: row.created_at,
    };
  }

  async complete(organizationId: string, key: string, reply: Reply): Promise<void> {
    await this.db
      .updateTable('idempotency_records')
      .set({ reply_status: reply.status, reply_body: reply.body === undefined ? null : JSON.stringify(reply.body) })
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .execute();
  }

  async purgeBefore(instant: string): Promise<number> {
    const result = await this.db.deleteFrom('idempotency_records').where('created_at', '<', instant).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
