import { rowLimit } from '../literals.ts';
import { type Kysely, sql } from 'kysely';
import type { AuditPage, AuditStore, NewAuditEvent } from '../../core/audit/audit-event.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

// Every write and every v4 read records one event: built once.
const insertEvent = preparedQuery(
  (db, v: Omit<NewAuditEvent, 'details' | 'actorOperatorId'> & { details: string; actorOperatorId: string | null }) =>
    db.insertInto('audit_events').values({
      organization_id: v.organizationId,
      occurred_at: v.occurredAt,
      actor_key_id: v.actorKeyId,
      actor_operator_id: v.actorOperatorId,
      audit_user: v.auditUser,
      action: v.action,
      resource_type: v.resourceType,
      resource_id: v.resourceId,
      trace_id: v.traceId,
      details: v.details,
    }),
);

const AUDIT_COLUMNS = [
  'organization_id',
  'occurred_at',
  'actor_key_id',
  'actor_operator_id',
  'audit_user',
  'action',
  'resource_type',
  'resource_id',
  'trace_id',
  'details',
] as const;

export class KyselyAuditStore implements AuditStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async record(event: NewAuditEvent): Promise<void> {
    await insertEvent(this.db, {
      ...event,
      actorOperatorId: event.actorOperatorId ?? null,
      details: JSON.stringify(event.details),
    });
  }

  async recordMany(events: NewAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((event) => ({
      organization_id: event.organizationId,
      occurred_at: event.occurredAt,
      actor_key_id: event.actorKeyId,
      actor_operator_id: event.actorOperatorId ?? null,
      audit_user: event.auditUser,
      action: event.action,
      resource_type: event.resourceType,
      resource_id: event.resourceId,
      trace_id: event.traceId,
      details: JSON.stringify(event.details),
    }));
    const columns = AUDIT_COLUMNS.map((name) => [name, 'text'] as const);
    await sql`insert into audit_events (${sql.raw(AUDIT_COLUMNS.join(', '))})
      select ${sql.raw(AUDIT_COLUMNS.join(', '))} from ${this.adapter.rows(rows, columns, { longTexts: true })} order by v.position`.execute(
      this.db,
    );
  }

  async list(organizationId: string, options: { limit: number; before?: number | undefined }): Promise<AuditPage> {
    let query = this.db
      .selectFrom('audit_events')
      .selectAll('audit_events')
      // The operator's email as it is now: shown beside the id, never stored twice.
      .select((eb) =>
        eb
          .selectFrom('operators')
          .select('operators.email')
          .whereRef('operators.id', '=', 'audit_events.actor_operator_id')
          .whereRef('operators.organization_id', '=', 'audit_events.organization_id')
          .as('actor_operator_email'),
      )
      .where('audit_events.organization_id', '=', organizationId);
    if (options.before !== undefined) query = query.where('audit_events.id', '<', BigInt(options.before));
    const rows = await query
      .orderBy('audit_events.id', 'desc')
      .limit(rowLimit(options.limit + 1))
      .execute();
    const page = rows.slice(0, options.limit).map((row) => ({
      id: Number(row.id),
      organizationId: row.organization_id,
      occurredAt: row.occurred_at,
      actorKeyId: row.actor_key_id,
      actorOperatorId: row.actor_operator_id,
      actorOperatorEmail: row.actor_operator_email ?? null,
      auditUser: row.audit_user,
      action: row.action,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      traceId: row.trace_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
    return { data: page, nextCursor: rows.length > options.limit ? page[page.length - 1]!.id : null };
  }
}
