import { type Kysely, type Selectable, sql } from 'kysely';
import { plannedEachRun } from '../json-rows.ts';
import type { IdempotencyRecord, IdempotencyStore, Reply } from '../../core/idempotency/idempotency-record.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database, IdempotencyRecordsTable } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

// A write with an Idempotency-Key runs claim and complete: built once.
type RecordKey = { organizationId: string; key: string };
const claimInsert = preparedQuery((db, v: RecordKey & { requestHash: string; at: string }) =>
  db
    .insertInto('idempotency_records')
    .values({ organization_id: v.organizationId, key: v.key, request_hash: v.requestHash, created_at: v.at })
    .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
    .returning('key'),
);
const recordSelect = preparedQuery((db, v: RecordKey) =>
  db
    .selectFrom('idempotency_records')
    .selectAll()
    .where('organization_id', '=', v.organizationId)
    .where('key', '=', v.key),
);
const replyUpdate = preparedQuery((db, v: RecordKey & { status: number; body: string | null }) =>
  db
    .updateTable('idempotency_records')
    .set({ reply_status: v.status, reply_body: v.body })
    .where('organization_id', '=', v.organizationId)
    .where('key', '=', v.key),
);

const toRecord = (row: Selectable<IdempotencyRecordsTable>): IdempotencyRecord => ({
  organizationId: row.organization_id,
  key: row.key,
  requestHash: row.request_hash,
  reply:
    row.reply_status === null
      ? null
      : { status: Number(row.reply_status), body: row.reply_body === null ? null : JSON.parse(row.reply_body) },
  createdAt: row.created_at,
});

export class KyselyIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async findMany(organizationId: string, keys: string[]): Promise<Map<string, IdempotencyRecord>> {
    const { rows } = await plannedEachRun(
      sql<Selectable<IdempotencyRecordsTable>>`select * from idempotency_records
      where organization_id = ${organizationId} and ${this.adapter.isOneOf(sql.ref('key'), keys, 'text')}`,
    ).execute(this.db);
    return new Map(rows.map((row) => [row.key, toRecord(row)]));
  }

  async insertCompleted(records: IdempotencyRecord[]): Promise<string[]> {
    if (records.length === 0) return [];
    const rows = records.map((record) => ({
      organization_id: record.organizationId,
      key: record.key,
      request_hash: record.requestHash,
      reply_status: record.reply?.status ?? null,
      reply_body: record.reply?.body === undefined ? null : JSON.stringify(record.reply.body),
      created_at: record.createdAt,
    }));
    const columns = [
      ['organization_id', 'text'],
      ['key', 'text'],
      ['request_hash', 'text'],
      ['reply_status', 'integer'],
      ['reply_body', 'text'],
      ['created_at', 'text'],
    ] as const;
    const names = sql.raw(columns.map(([name]) => name).join(', '));
    // A key claimed meanwhile by another write keeps its record (ON CONFLICT waits for that write
    // on PostgreSQL): the caller sees it missing from the answer.
    const { rows: stored } = await sql<{ key: string }>`insert into idempotency_records (${names})
      select ${names} from ${this.adapter.rows(rows, columns, { longTexts: true })} order by v.position
      on conflict (organization_id, key) do nothing returning key`.execute(this.db);
    return stored.map((row) => row.key);
  }

  async claim(
    organizationId: string,
    key: string,
    requestHash: string,
    at: string,
  ): Promise<IdempotencyRecord | undefined> {
    // ON CONFLICT DO NOTHING waits, on PostgreSQL, for a concurrent claim of the same key to
    // commit or roll back; then the earlier record is visible to the select below.
    const inserted = (await claimInsert(this.db, { organizationId, key, requestHash, at })).rows;
    if (inserted.length > 0) return undefined;
    const [row] = (await recordSelect(this.db, { organizationId, key })).rows;
    if (!row) throw new Error(`idempotency record ${key} neither inserted nor found`);
    return toRecord(row);
  }

  async complete(organizationId: string, key: string, reply: Reply): Promise<void> {
    await replyUpdate(this.db, {
      organizationId,
      key,
      status: reply.status,
      body: reply.body === undefined ? null : JSON.stringify(reply.body),
    });
  }

  async takeOver(organizationId: string, key: string, requestHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('idempotency_records')
      .set({ request_hash: requestHash, created_at: at, reply_status: null, reply_body: null })
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .execute();
  }

  async release(organizationId: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_records')
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .execute();
  }

  async purgeBefore(instant: string): Promise<number> {
    const result = await this.db.deleteFrom('idempotency_records').where('created_at', '<', instant).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
