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
import type { DatabaseKind } from '../database.ts';
import { type JsonColumn, isOneOf, jsonRows } from '../json-rows.ts';
import { rowLimit } from '../literals.ts';
import type { Database, EventsTable } from '../schema.ts';

const COLUMNS: readonly JsonColumn[] = [
  ['public_id', 'text'],
  ['organization_id', 'text'],
  ['sequence', 'bigint'],
  ['type', 'text'],
  ['data', 'text'],
  ['created_at', 'text'],
];
const names = sql.raw(COLUMNS.map(([name]) => name).join(', '));

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
    private readonly kind: DatabaseKind,
  ) {}

  async record(organizationId: string, createdAt: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { rows } = await sql<{ event_sequence: bigint }>`update organizations set event_sequence = event_sequence + ${events.length}
      where id = ${organizationId} returning event_sequence`.execute(this.db);
    if (rows.length === 0) throw new Error(`no organization ${organizationId}`);
    const first = BigInt(rows[0]!.event_sequence) - BigInt(events.length) + 1n;
    const values = events.map((event, index) => ({
      public_id: eventPublicId(first + BigInt(index)),
      organization_id: organizationId,
      sequence: first + BigInt(index),
      type: event.type,
      data: JSON.stringify(renderEventData(event)),
      created_at: createdAt,
    }));
    await sql`insert into events (${names}) select ${names} from ${jsonRows(this.kind, values, COLUMNS, { longTexts: true })} order by v.position`.execute(this.db);
  }

  async list(organizationId: string, query: EventPageQuery): Promise<StoredEvent[]> {
    let select = this.db.selectFrom('events').selectAll().where('organization_id', '=', organizationId);
    if (query.afterSequence !== undefined) select = select.where('sequence', '>', query.afterSequence);
    if (query.types !== undefined && query.types.length > 0) select = select.where(isOneOf(this.kind, sql.ref('type'), query.types, 'text'));
    const rows = await select.orderBy('sequence').limit(rowLimit(query.limit)).execute();
    return rows.map(toStoredEvent);
  }

  async sequenceOf(organizationId: string, publicId: string): Promise<bigint | undefined> {
    const row = await this.db.selectFrom('events').select('sequence').where('organization_id', '=', organizationId).where('public_id', '=', publicId).executeTakeFirst();
    return row === undefined ? undefined : BigInt(row.sequence);
  }

  async pruneBefore(instant: string, limit: number): Promise<number> {
    const result = await this.db
      .deleteFrom('events')
      .where('id', 'in', (eb) => eb.selectFrom('events').select('id').where('created_at', '<', instant).orderBy('created_at').limit(rowLimit(limit)))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
