/** GET /orgs/{org_id}/audit-events: who did what, when, newest first. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listAuditEvents } from '../../core/audit/queries.ts';
import { idOfCursor } from '../shared/cursor.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, PageQuery, orgSecurity } from './schemas.ts';

const AuditEventView = Type.Object({
  id: Type.String(),
  occurred_at: Type.String({ format: 'date-time' }),
  actor_key_id: Type.Union([Type.String(), Type.Null()]),
  actor_operator: Type.Union(
    [Type.Object({ id: Type.String(), email: Type.Union([Type.String(), Type.Null()]) }), Type.Null()],
    {
      description: 'The console operator who acted, if one did.',
    },
  ),
  audit_user: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({ examples: ['entry.posted'] }),
  resource_type: Type.String(),
  resource_id: Type.Union([Type.String(), Type.Null()]),
  trace_id: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true }),
});

export function auditEventRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/:org_id/audit-events', {
    config: { auth: { kind: 'key', scope: 'CUSTOMER_READ', organizationParam: 'org_id' } },
    schema: {
      tags: ['org-api'],
      summary: 'The audit trail, newest first: who (API key, operator, auditUser), what, when',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: {
        200: Type.Object({ data: Type.Array(AuditEventView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = 50, cursor } = request.query;
      const page = await listAuditEvents(deps.store, organizationOf(request).id, {
        limit,
        before: idOfCursor(cursor),
      });
      return {
        data: page.data.map((e) => ({
          id: String(e.id),
          occurred_at: e.occurredAt,
          actor_key_id: e.actorKeyId,
          actor_operator: e.actorOperatorId === null ? null : { id: e.actorOperatorId, email: e.actorOperatorEmail },
          audit_user: e.auditUser,
          action: e.action,
          resource_type: e.resourceType,
          resource_id: e.resourceId,
          trace_id: e.traceId,
          details: e.details,
        })),
        next_cursor: page.nextCursor === null ? null : String(page.nextCursor),
      };
    },
  });
}
