/**
 * The events outbox (src/core/events/event-store.ts). A transaction's events take the next numbers
 * of the organization's event sequence — on its row, which the transaction holds already — and go
 * in with one statement, their `data` rendered as the change left things (src/events/catalogue.ts).
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DomainEvent, EventType } from '../../core/events/domain-event.ts';
import type { EventPageQuery, EventStore, StoredEvent } from '../../core/events/event-store.ts';
import { eventPublicId } from '../../core/ids.ts';
import { renderEventData } from '../../events/catalogue.ts';
import { type JsonColumn } from '../json-rows.ts';
import { rowLimit } from '../literals.ts';
import type { Database, EventsTable } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

const COLUMNS: readonly JsonColumn[] = [
  ['public_id', 'text'],
  ['organization_id', 'text'],
  ['sequence', 'bigint'],
  ['type', 'text'],
  ['data', 'text'],
  ['created_at', 'text'],
];
const names = sql.raw(COLUMNS.map(([name]) => name).join(', '));
export const EVENT_INSERT_SLICE = 1000;

const toStoredEvent = (row: Selectable<EventsTable>): StoredEvent => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  sequence: BigInt(row.sequence),
  type: row.type as EventType,
  createdAt: row.created_at,
  data: JSON.parse(row.data),
});

export class KyselyEventStore implements EventStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
    /** The organizations whose events this transaction recorded, announced after its commit. */
    private readonly recorded: Set<string> = new Set(),
  ) {}

  async record(organizationId: string, createdAt: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.recorded.add(organizationId);
    const { rows } = await sql<{
      event_sequence: bigint;
    }>`update organizations set event_sequence = event_sequence + ${events.length}
      where id = ${organizationId} returning event_sequence`.execute(this.db);
    if (rows.length === 0) throw new Error(`no organization ${organizationId}`);
    const first = BigInt(rows[0]!.event_sequence) - BigInt(events.length) + 1n;
    // In slices, each rendered only when its turn comes: a bank statement's 10,000 events as one
    // parameter were tens of megabytes of JSON (each event's data escaped once more inside it), all alive at once.
    for (let start = 0; start < events.length; start += EVENT_INSERT_SLICE) {
      const values = events.slice(start, start + EVENT_INSERT_SLICE).map((event, offset) => {
        const sequence = first + BigInt(start + offset);
        return {
          public_id: eventPublicId(sequence),
          organization_id: organizationId,
          sequence,
          type: event.type,
          data: JSON.stringify(renderEventData(event)),
          created_at: createdAt,
        };
      });
      await sql`insert into events (${names}) select ${names} from ${this.adapter.rows(values, COLUMNS, { longTexts: true })} order by v.position`.execute(
        this.db,
      );
    }
  }

  async lastSequence(organizationId: string): Promise<bigint> {
    const row = await this.db
      .selectFrom('organizations')
      .select('event_sequence')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    return row === undefined ? 0n : BigInt(row.event_sequence);
  }

  async list(organizationId: string, query: EventPageQuery): Promise<StoredEvent[]> {
    let select = this.db.selectFrom('events').selectAll().where('organization_id', '=', organizationId);
    if (query.afterSequence !== undefined) select = select.where('sequence', '>', query.afterSequence);
    if (query.types !== undefined && query.types.length > 0)
      select = select.where(this.adapter.isOneOf(sql.ref('type'), query.types, 'text'));
    const rows = await select.orderBy('sequence').limit(rowLimit(query.limit)).execute();
    return rows.map(toStoredEvent);
  }

  async sequenceOf(organizationId: string, publicId: string): Promise<bigint | undefined> {
    const row = await this.db
      .selectFrom('events')
      .select('sequence')
      .where('organization_id', '=', organizationId)
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return row === undefined ? undefined : BigInt(row.sequence);
  }

  async pruneBefore(
    organizationId: string,
    instant: string,
    keepFromSequence: bigint | null,
    limit: number,
  ): Promise<number> {
    const result = await this.db
      .deleteFrom('events')
      // The oldest by sequence (the organization's index), those among them older than the instant.
      .where('id', 'in', (eb) => {
        let old = eb.selectFrom('events').select('id').where('organization_id', '=', organizationId);
        if (keepFromSequence !== null) old = old.where('sequence', '<', keepFromSequence);
        return old.orderBy('sequence').limit(rowLimit(limit));
      })
      .where('created_at', '<', instant)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async findByIds(ids: number[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where(this.adapter.isOneOf(sql.ref('id'), ids, 'bigint'))
      .execute();
    return rows.map(toStoredEvent);
  }

  async unpublished(
    limit: number,
  ): Promise<Array<{ organizationId: string; slug: string; publishedSequence: bigint }>> {
    const rows = await this.db
      .selectFrom('organizations as o')
      .leftJoin('event_stream_positions as p', 'p.organization_id', 'o.id')
      .select(['o.id', 'o.slug', sql<bigint>`coalesce(p.published_sequence, 0)`.as('published')])
      .where(sql<boolean>`o.event_sequence > coalesce(p.published_sequence, 0)`)
      .orderBy('o.id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map((row) => ({ organizationId: row.id, slug: row.slug, publishedSequence: BigInt(row.published) }));
  }

  async acquireStreamLease(organizationId: string, holder: string, now: string, leaseUntil: string): Promise<boolean> {
    await this.db
      .insertInto('event_stream_positions')
      .values({ organization_id: organizationId, published_sequence: 0, lease_holder: null, lease_until: null })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .execute();
    const result = await this.db
      .updateTable('event_stream_positions')
      .set({ lease_holder: holder, lease_until: leaseUntil })
      .where('organization_id', '=', organizationId)
      .where((eb) =>
        eb.or([eb('lease_holder', 'is', null), eb('lease_holder', '=', holder), eb('lease_until', '<', now)]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async releaseStreamLeases(holder: string): Promise<void> {
    await this.db
      .updateTable('event_stream_positions')
      .set({ lease_holder: null, lease_until: null })
      .where('lease_holder', '=', holder)
      .execute();
  }

  async setPublished(organizationId: string, holder: string, sequence: bigint): Promise<boolean> {
    const result = await this.db
      .updateTable('event_stream_positions')
      .set({ published_sequence: sequence })
      .where('organization_id', '=', organizationId)
      .where('lease_holder', '=', holder)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async publishedSequence(organizationId: string): Promise<bigint | null> {
    const row = await this.db
      .selectFrom('event_stream_positions')
      .select('published_sequence')
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    return row === undefined ? null : BigInt(row.published_sequence);
  }
}
