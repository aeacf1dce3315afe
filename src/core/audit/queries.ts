import type { Store } from '../store.ts';
import type { AuditPage } from './audit-event.ts';

export const AUDIT_PAGE_LIMIT_MAX = 100;

/** The organization's audit trail, newest first, a page at a time. */
export function listAuditEvents(
  store: Store,
  organizationId: string,
  options: { limit: number; before?: number | undefined },
): Promise<AuditPage> {
  return store.audit.list(organizationId, {
    limit: Math.min(options.limit, AUDIT_PAGE_LIMIT_MAX),
    before: options.before,
  });
}
