export interface AuditEvent {
  id: number;
  organizationId: string;
  occurredAt: string;
  actorKeyId: string | null;
  /** The operator who acted through the console, if one did. */
  actorOperatorId: string | null;
  /** That operator's email, read with the event (not stored in it). */
  actorOperatorEmail: string | null;
  auditUser: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  traceId: string | null;
  details: Record<string, unknown>;
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'actorOperatorId' | 'actorOperatorEmail'> & {
  actorOperatorId?: string | null | undefined;
};

export interface AuditPage {
  data: AuditEvent[];
  nextCursor: number | null;
}

export interface AuditStore {
  record(event: NewAuditEvent): Promise<void>;
  /** Several events in one statement. */
  recordMany(events: NewAuditEvent[]): Promise<void>;
  /** Newest first; `before` is the id of the last event of the previous page. */
  list(organizationId: string, options: { limit: number; before?: number | undefined }): Promise<AuditPage>;
}
