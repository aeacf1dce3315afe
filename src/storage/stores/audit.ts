import type { Kysely } from 'kysely';
import type { AuditPage, AuditStore, NewAuditEvent } from '../../core/audit/audit-event.ts';
import type { Database } from '../schema.ts';

export class KyselyAuditStore implements AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: NewAuditEvent): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        organization_id: event.organizationId,
        occurred_at: event.occurredAt,
        actor_key_id: event.actorKeyId,
        audit_user: event.auditUser,
        action: event.action,
        resource_type: event.resourceType,
        resource_id: event.resourceId,
        trace_id: event.traceId,
        details: JSON.stringify(event.details),
      })
      .execute();
  }

  async list(organizationId: string, options: { limit: number; before?: number | undefined }): Promise<AuditPage> {
    let query = this.db.selectFrom('audit_events').selectAll().where('organization_id', '=', organizationId);
    if (options.before !== undefined) query = query.where('id', '<', BigInt(options.before));
    const rows = await query.orderBy('id', 'desc').limit(options.limit + 1).execute();
    const page = rows.slice(0, options.limit).map((row) => ({
      id: Number(row.id),
      organizationId: row.organization_id,
      occurredAt: row.occurred_at,
      actorKeyId: row.actor_key_id,
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
